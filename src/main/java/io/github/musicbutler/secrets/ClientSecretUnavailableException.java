package io.github.musicbutler.secrets;

/**
 * The Spotify app's client secret could not be read from where it is kept, so the skill cannot get its own token.
 * The message says where and why (HTTP status, AWS error type), never a credential; there is deliberately no cause,
 * so that nothing underneath (an HTTP client's message, say) is logged along with it.
 */
public class ClientSecretUnavailableException extends RuntimeException {

    ClientSecretUnavailableException(String message) {
        super(message, null, false, false);
    }
}
