package io.github.musicbutler.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

import io.quarkus.arc.Unremovable;
import io.quarkus.oidc.common.OidcEndpoint;
import io.quarkus.oidc.common.OidcRequestFilter;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;

/**
 * Authenticates the OIDC client's token requests (the app's own token, client-credentials grant) with HTTP Basic, as
 * Spotify's accounts service expects, using {@link ClientSecret}. The OIDC client itself is configured without a
 * secret: it creates its clients at startup and would read the secret then, and it logs its requests' headers at
 * DEBUG. Here the secret is asked for when a token is requested, and added after that log line.
 */
@Singleton
@Unremovable
@OidcEndpoint(OidcEndpoint.Type.TOKEN)
public class AppTokenRequestAuthentication implements OidcRequestFilter {

    private final AppCredentials credentials;
    private final ClientSecret clientSecret;

    AppTokenRequestAuthentication(AppCredentials credentials, ClientSecret clientSecret) {
        this.credentials = credentials;
        this.clientSecret = clientSecret;
    }

    @Override
    public Uni<Void> filter(OidcRequestFilterContext request) {
        return clientSecret.value().invoke(secret -> {
            request.request().putHeader("Authorization", basic(credentials.clientId().orElse(""), secret));
            request.requestBody(withoutClientId(request.requestBody()));
        }).replaceWithVoid();
    }

    static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Without a configured secret the OIDC client names the client in the form ({@code client_id=...}); with HTTP
     * Basic the header names it, and the form stays {@code grant_type=client_credentials}, as Spotify documents it.
     */
    static Buffer withoutClientId(Buffer form) {
        String kept = Arrays.stream(form.toString(StandardCharsets.UTF_8).split("&"))
                .filter(field -> !field.startsWith("client_id="))
                .collect(Collectors.joining("&"));
        return Buffer.buffer(kept);
    }
}
