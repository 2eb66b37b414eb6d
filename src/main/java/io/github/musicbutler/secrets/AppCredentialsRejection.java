package io.github.musicbutler.secrets;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcEndpoint;
import io.quarkus.oidc.common.OidcResponseFilter;
import io.smallrye.mutiny.Uni;

/**
 * Recognises Spotify's answer to a wrong client id or secret ({@code invalid_client}, HTTP 400 or 401) on a token
 * request: the request fails with {@link AppCredentialsRejectedException}, which is spoken as a setup problem, and
 * the secret read from Parameter Store is forgotten, so that the next search reads it again (after a rotation, say).
 */
@Singleton
@Unremovable
@OidcEndpoint(OidcEndpoint.Type.TOKEN)
public class AppCredentialsRejection implements OidcResponseFilter {

    private final ClientSecret clientSecret;
    private final ObjectMapper json;

    AppCredentialsRejection(ClientSecret clientSecret, ObjectMapper json) {
        this.clientSecret = clientSecret;
        this.json = json;
    }

    @Override
    public Uni<Void> filter(OidcResponseFilterContext response) {
        if ((response.statusCode() == 400 || response.statusCode() == 401) && "invalid_client".equals(error(response))) {
            clientSecret.forget();
            String source = clientSecret.parameter().map(name -> "the secret in Parameter Store parameter " + name)
                    .orElse("SPOTIFY_CLIENT_SECRET");
            return Uni.createFrom().failure(new AppCredentialsRejectedException("Spotify's accounts service answered HTTP "
                    + response.statusCode() + " invalid_client: check SPOTIFY_CLIENT_ID and " + source
                    + " against the Spotify app's settings"));
        }
        return Uni.createFrom().voidItem();
    }

    private String error(OidcResponseFilterContext response) {
        try {
            JsonNode body = json.readTree(response.responseBody().toString());
            return body.path("error").asText("");
        } catch (Exception notJson) {
            return "";
        }
    }
}
