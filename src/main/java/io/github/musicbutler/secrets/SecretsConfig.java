package io.github.musicbutler.secrets;

import java.time.Duration;

import io.github.musicbutler.http.RestClients;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long reading the client secret may wait on AWS: Parameter Store, and Lambda's credentials endpoint on SnapStart.
 * These time calls to AWS, not to Spotify, so they are this package's, under {@code secrets.}; their names before
 * ({@code spotify.aws-connect-timeout}, {@code spotify.aws-read-timeout}) are still read when these are unset, for one
 * release ({@link RenamedSettings} warns at startup).
 */
@ConfigMapping(prefix = "secrets")
public interface SecretsConfig {

    /**
     * How long a call to AWS waits to connect. Environment variable {@code SECRETS_AWS_CONNECT_TIMEOUT}. Default
     * {@code 1s}. {@code SPOTIFY_AWS_CONNECT_TIMEOUT}, its name before, is read when this one is unset.
     */
    @WithDefault("${spotify.aws-connect-timeout:1s}")
    Duration awsConnectTimeout();

    /**
     * How long a call to AWS waits for each answer; Alexa waits about 8 s for everything, the token request and the
     * search included. Environment variable {@code SECRETS_AWS_READ_TIMEOUT}. Default {@code 2s}.
     * {@code SPOTIFY_AWS_READ_TIMEOUT}, its name before, is read when this one is unset.
     */
    @WithDefault("${spotify.aws-read-timeout:2s}")
    Duration awsReadTimeout();

    default RestClients.Timeouts awsTimeouts() {
        return new RestClients.Timeouts(awsConnectTimeout(), awsReadTimeout());
    }
}
