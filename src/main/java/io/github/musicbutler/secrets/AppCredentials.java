package io.github.musicbutler.secrets;

import java.time.Duration;
import java.util.Optional;

import io.github.musicbutler.http.RestClients;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The Spotify app's own credentials, which get the skill its client-credentials token for catalog search, and how
 * the client secret is read when it is kept in AWS. These properties share the {@code spotify.} prefix (and the
 * {@code SPOTIFY_} environment names of the public configuration contract) with
 * {@code io.github.musicbutler.spotify.SpotifyConfig}; each property belongs to exactly one of the two.
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

    /**
     * How long reading the secret from AWS (Parameter Store, and Lambda's credentials endpoint on SnapStart) waits to
     * connect. Environment variable {@code SPOTIFY_AWS_CONNECT_TIMEOUT}. Default {@code 1s}.
     */
    @WithDefault("1s")
    Duration awsConnectTimeout();

    /**
     * How long reading the secret from AWS waits for each answer; Alexa waits about 8 s for everything, the token
     * request and the search included. Environment variable {@code SPOTIFY_AWS_READ_TIMEOUT}. Default {@code 2s}.
     */
    @WithDefault("2s")
    Duration awsReadTimeout();

    /** The client id and exactly one source of the secret are there: the skill can get its own token for search. */
    default boolean complete() {
        return isSet(clientId()) && isSet(clientSecret()) != isSet(clientSecretParameter());
    }

    /** Both sources of the secret are set, which is refused rather than guessed at. */
    default boolean twoSecrets() {
        return isSet(clientSecret()) && isSet(clientSecretParameter());
    }

    default RestClients.Timeouts awsTimeouts() {
        return new RestClients.Timeouts(awsConnectTimeout(), awsReadTimeout());
    }

    private static boolean isSet(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
