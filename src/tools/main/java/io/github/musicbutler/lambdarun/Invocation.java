package io.github.musicbutler.lambdarun;

import java.time.Duration;

/**
 * One answer of the function as the Lambda service sees it: status 200 with the function's output, or 500 with
 * the error the runtime reported (the mock Runtime API's convention).
 */
public record Invocation(int statusCode, String body, Duration latency) {

    public boolean succeeded() {
        return statusCode == 200;
    }
}
