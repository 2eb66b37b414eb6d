package io.github.musicbutler.spotify;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

import io.smallrye.mutiny.Uni;

/**
 * The time a request's {@link Deadline} is kept in: the function's own clock in production ({@link SystemTicker}),
 * a clock the tests move themselves otherwise, so that "Spotify took seven seconds" costs a test no seven seconds
 * and a busy machine cannot make a request run out of time.
 */
public interface Ticker {

    /** Now, in nanoseconds from an arbitrary origin, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Where the timers that end a wait (the deadline's, the time to read a library) run: at {@link #nanoTime()}'s time. */
    ScheduledExecutorService timers();

    /** Completes after {@code wait}: the function waiting on purpose, as Spotify's Retry-After asks. */
    Uni<Void> sleep(Duration wait);
}
