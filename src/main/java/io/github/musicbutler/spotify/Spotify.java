package io.github.musicbutler.spotify;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Singleton;

import io.github.musicbutler.http.RestClients;
import io.github.musicbutler.secrets.AppCredentials;
import io.github.musicbutler.secrets.AppCredentialsRejectedException;
import io.github.musicbutler.secrets.ClientSecret;
import io.github.musicbutler.secrets.ClientSecretUnavailableException;
import io.github.musicbutler.telemetry.Invocations;
import io.smallrye.mutiny.Uni;

/**
 * The one way into Spotify: a {@link SpotifySession} for one Alexa request, with the listener's token or with the
 * app's own. All share the REST client, the request's {@link Deadline}, the retry after 429 and the failure mapping;
 * the token is the only difference, and every failure says which {@link TokenKind} it carried.
 */
@Singleton
public class Spotify {

    private final SpotifyConfig config;
    private final ClientSecret clientSecret;
    private final AppToken appToken;
    private final Invocations invocations;
    private final AppCredentials credentials;
    private final RestClients clients;

    Spotify(SpotifyConfig config, AppCredentials credentials, ClientSecret clientSecret, AppToken appToken,
            Invocations invocations, RestClients clients) {
        this.config = config;
        this.credentials = credentials;
        this.clients = clients;
        this.clientSecret = clientSecret;
        this.appToken = appToken;
        this.invocations = invocations;
    }

    /** The listener's Spotify, with the access token Alexa sent (the speaker's own or the household's). */
    public SpotifySession forUser(AccessToken token, Deadline deadline) {
        String authorization = "Bearer " + token.value();
        return new SpotifySession(api(),
                new CallPolicy(token.kind(), () -> Uni.createFrom().item(authorization), deadline, invocations.current()));
    }

    /**
     * Spotify's catalog with the app's own token, for people who have not linked. The token is fetched by the
     * first call that needs it; without credentials every call fails with {@link SpotifyOutcome#NOT_CONFIGURED}.
     */
    public SpotifySession forApp(Deadline deadline) {
        return new SpotifySession(api(),
                new CallPolicy(TokenKind.APP, this::appAuthorization, deadline, invocations.current()));
    }

    /**
     * Spotify's catalog for "play …": with the listener's own token when they linked (no round trip for the app's
     * token, and a refused token is theirs to re-link), with the app's token otherwise.
     */
    public SpotifySession forCatalog(Optional<AccessToken> listener, Deadline deadline) {
        return listener.map(token -> forUser(token, deadline)).orElseGet(() -> forApp(deadline));
    }

    private Uni<String> appAuthorization() {
        if (!credentials.complete()) {
            // Without credentials the OIDC client has nothing to send: say so rather than ask Spotify.
            return Uni.createFrom().failure(new SpotifyException(SpotifyOutcome.NOT_CONFIGURED,
                    "SPOTIFY_CLIENT_ID and one of SPOTIFY_CLIENT_SECRET or SPOTIFY_CLIENT_SECRET_PARAMETER must be set"));
        }
        // The secret is read first, so that a Parameter Store failure is reported as itself: inside the OIDC client
        // it would only be "OIDC Server is not available".
        return clientSecret.value().chain(secret -> appToken.tokens(invocations.current()))
                .map(tokens -> "Bearer " + tokens.getAccessToken())
                .onFailure().transform(Spotify::appTokenFailure);
    }

    /** Only this project's own messages are repeated: the accounts service's may quote its answer. */
    private static SpotifyException appTokenFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AppCredentialsRejectedException rejected) {
                return new SpotifyException(SpotifyOutcome.CREDENTIALS_REJECTED, rejected.getMessage());
            }
            if (t instanceof ClientSecretUnavailableException unreadable) {
                return new SpotifyException(SpotifyOutcome.UNAVAILABLE, unreadable.getMessage());
            }
        }
        return new SpotifyException(SpotifyOutcome.UNAVAILABLE,
                "the app's Spotify token could not be obtained (" + failure.getClass().getSimpleName() + ")");
    }

    private SpotifyApi api() {
        return clients.client(SpotifyApi.class, URI.create(config.apiUrl()),
                new RestClients.Timeouts(config.connectTimeout(), config.readTimeout()), RestClients.Answers.ERRORS_FAIL);
    }
}
