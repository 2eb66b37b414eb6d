package io.github.musicbutler.secrets;

/**
 * Spotify's accounts service refused the app's client id or secret ({@code invalid_client}): a setup problem that
 * waiting will not fix. Carries no credential.
 */
public class AppCredentialsRejectedException extends RuntimeException {

    AppCredentialsRejectedException(String message) {
        super(message, null, false, false);
    }
}
