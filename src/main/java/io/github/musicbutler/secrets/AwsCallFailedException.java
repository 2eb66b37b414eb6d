package io.github.musicbutler.secrets;

/**
 * A call to AWS (the credentials endpoint or Parameter Store) did not give what was asked. The message names the
 * service's answer (HTTP status, AWS error type) and never a request's headers or body: AWS' own error messages and
 * the REST client's failures are not copied into it.
 */
class AwsCallFailedException extends RuntimeException {

    AwsCallFailedException(String message) {
        super(message, null, false, false);
    }
}
