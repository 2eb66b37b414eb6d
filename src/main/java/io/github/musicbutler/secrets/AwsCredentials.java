package io.github.musicbutler.secrets;

/**
 * Temporary credentials of the function's execution role. {@code sessionToken} is {@code null} for long-term keys.
 */
record AwsCredentials(String accessKeyId, String secretAccessKey, String sessionToken) {

    @Override
    public String toString() {
        // A record would print every component: these must never reach a log line or an exception message.
        return "AwsCredentials[hidden]";
    }
}
