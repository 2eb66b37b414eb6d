package io.github.musicbutler.coldstart;

/**
 * One fresh process of one mode: from just before the process was started until it first polled for an event
 * (init, Lambda's {@code Init Duration}) and until the first answer arrived (init plus the first request: what a user
 * waits for on a cold start), the round trip of the second request (warm), the CPU time the process had used and its
 * peak resident memory, both read just before it was stopped.
 */
public record Measurement(String mode, int round, double initMs, double firstResponseMs, double secondResponseMs,
        double cpuMs, double peakRssMiB) {
}
