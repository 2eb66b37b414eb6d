package io.github.musicbutler.secrets;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The Spotify app's own credentials, which get the skill its client-credentials token for catalog search, and where
 * the client secret is kept (how long reading it from AWS may take is {@link SecretsConfig}'s). These properties
 * share the {@code spotify.} prefix (and the {@code SPOTIFY_} environment names of the public configuration contract)
 * with {@code io.github.musicbutler.spotify.SpotifyConfig}; each property belongs to exactly one of the two.
 */
@ConfigMapping(prefix = "spotify")
public interface AppCredentials {

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

    /** The client id and exactly one source of the secret are there: the skill can get its own token for search. */
    default boolean complete() {
        return isSet(clientId()) && isSet(clientSecret()) != isSet(clientSecretParameter());
    }

    /** Both sources of the secret are set, which is refused rather than guessed at. */
    default boolean twoSecrets() {
        return isSet(clientSecret()) && isSet(clientSecretParameter());
    }

    private static boolean isSet(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
