package io.github.musicbutler.spotify;

import java.time.Duration;

/**
 * The moment by which every Spotify call of one Alexa request must have answered, so the user always hears a reply
 * before Alexa gives up. Set for each request by {@code RequestDeadline}.
 */
public record Deadline(long endNanos) {

    public static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    /** The time left; zero once passed. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    public boolean allows(Duration wait) {
        return wait.compareTo(remaining()) < 0;
    }
}
