package io.github.musicbutler.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

import io.github.musicbutler.spotify.Ticker;
import io.smallrye.mutiny.Uni;

/**
 * The function's clock in every {@code @QuarkusTest}: it stands still until something says that time passed, so a
 * busy machine never makes a request run out of time, and a slow Spotify costs the test no time. Time passes when
 * the {@link FakeSpotify} says an answer took long ({@link FakeSpotify#took(Duration,
 * com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder)}, applied by {@link FakeSpotifyTook}) and when
 * the function waits on purpose ({@link #sleep(Duration)}: a Retry-After). The timers that end the function's waits
 * fire as the clock passes their time, on the thread that moved it.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock implements Ticker {

    private final PriorityQueue<Timer> pending = new PriorityQueue<>(
            Comparator.comparingLong((Timer timer) -> timer.due).thenComparingLong(timer -> timer.order));
    private final ScheduledExecutorService timers = new Timers();
    private long now;
    private long scheduled;

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public ScheduledExecutorService timers() {
        return timers;
    }

    @Override
    public Uni<Void> sleep(Duration wait) {
        return Uni.createFrom().item(() -> {
            advance(wait);
            return null;
        });
    }

    /** How long the clock moved since {@code start} (an earlier {@link #nanoTime()}). */
    public Duration since(long start) {
        return Duration.ofNanos(nanoTime() - start);
    }

    /** Moves the clock {@code by} forward. */
    public void advance(Duration by) {
        long to;
        synchronized (this) {
            to = now + by.toNanos();
        }
        advanceTo(to);
    }

    /** Moves the clock to {@code nanos}, unless it is already later, and fires the timers due by then. */
    public void advanceTo(long nanos) {
        for (Timer due = due(nanos); due != null; due = due(nanos)) {
            due.task.run();
        }
    }

    private synchronized Timer due(long nanos) {
        now = Math.max(now, nanos);
        Timer next = pending.peek();
        return next != null && next.due <= now ? pending.poll() : null;
    }

    private synchronized Timer schedule(Runnable task, long delayNanos) {
        Timer timer = new Timer(task, now + Math.max(0, delayNanos), scheduled++);
        pending.add(timer);
        return timer;
    }

    private synchronized boolean cancel(Timer timer) {
        return pending.remove(timer);
    }

    private final class Timer implements ScheduledFuture<Object> {

        private final Runnable task;
        private final long due;
        private final long order;
        private volatile boolean cancelled;

        Timer(Runnable task, long due, long order) {
            this.task = task;
            this.due = due;
            this.order = order;
        }

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(due - nanoTime(), TimeUnit.NANOSECONDS);
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            cancelled = TestClock.this.cancel(this);
            return cancelled;
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean isDone() {
            return cancelled || due <= nanoTime();
        }

        @Override
        public Object get() {
            throw new UnsupportedOperationException("nobody waits for a timer's result");
        }

        @Override
        public Object get(long timeout, TimeUnit unit) {
            return get();
        }
    }

    /** Only what Mutiny's timeouts and delays ask of an executor: one-shot timers on this clock. */
    private final class Timers extends AbstractExecutorService implements ScheduledExecutorService {

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            return TestClock.this.schedule(command, unit.toNanos(delay));
        }

        @Override
        public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
            throw new UnsupportedOperationException("only one-shot Runnable timers");
        }

        @Override
        public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {
            throw new UnsupportedOperationException("only one-shot timers");
        }

        @Override
        public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {
            throw new UnsupportedOperationException("only one-shot timers");
        }

        @Override
        public void execute(Runnable command) {
            command.run();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return new ArrayList<>();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return false;
        }
    }
}
