package io.github.musicbutler.spotify;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

import io.smallrye.mutiny.Uni;

/**
 * The moment by which every Spotify call of one Alexa request must have answered, so the user always hears a reply
 * before Alexa gives up. Set for each request by {@code RequestDeadline}; kept on a {@link Ticker}, whose timers
 * end the waits.
 */
public final class Deadline {

    private final long endNanos;
    private final Ticker ticker;

    private Deadline(long endNanos, Ticker ticker) {
        this.endNanos = endNanos;
        this.ticker = ticker;
    }

    public static Deadline in(Duration budget, Ticker ticker) {
        return new Deadline(ticker.nanoTime() + budget.toNanos(), ticker);
    }

    /** The time left; zero once passed. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - ticker.nanoTime()));
    }

    public boolean allows(Duration wait) {
        return wait.compareTo(remaining()) < 0;
    }

    /** Where the timers that end this deadline's waits run. */
    ScheduledExecutorService timers() {
        return ticker.timers();
    }

    /** Waits on purpose, on this deadline's clock. */
    Uni<Void> sleep(Duration wait) {
        return ticker.sleep(wait);
    }
}
