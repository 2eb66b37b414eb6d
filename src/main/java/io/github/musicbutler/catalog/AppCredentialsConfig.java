package io.github.musicbutler.catalog;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The Spotify app's own credentials, with which the skill gets its own token (client-credentials grant) for catalog
 * search. The OIDC client {@code spotify} in {@code application.properties} reads the same properties; the Web API
 * base ({@code spotify.api-url}) belongs to {@link io.github.musicbutler.spotify.SpotifyConfig}.
 */
@ConfigMapping(prefix = "spotify")
public interface AppCredentialsConfig {

    /**
     * Spotify's accounts service; the app's token comes from {@code <accounts-url>/api/token}. Environment variable
     * {@code SPOTIFY_ACCOUNTS_URL}, default {@code https://accounts.spotify.com}.
     */
    @WithDefault("https://accounts.spotify.com")
    String accountsUrl();

    /**
     * The Spotify app's client id. Environment variable {@code SPOTIFY_CLIENT_ID}. Unset (the default): catalog
     * search is off.
     */
    Optional<String> clientId();

    /**
     * The Spotify app's client secret. Environment variable {@code SPOTIFY_CLIENT_SECRET}. Unset (the default):
     * catalog search is off, unless {@link #clientSecretParameter()} is set. Never logged.
     */
    Optional<String> clientSecret();

    /**
     * Where the client secret is kept instead: the name or ARN of an AWS Systems Manager Parameter Store
     * {@code SecureString} in the function's region, read by the first search (never at startup) with the execution
     * role's credentials. Environment variable {@code SPOTIFY_CLIENT_SECRET_PARAMETER}. Unset (the default): the
     * secret comes from {@link #clientSecret()}. Setting both turns catalog search off.
     */
    Optional<String> clientSecretParameter();

    /** The client id and exactly one source of the secret are there: the skill can get its own token. */
    default boolean complete() {
        return isSet(clientId()) && isSet(clientSecret()) != isSet(clientSecretParameter());
    }

    private static boolean isSet(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
