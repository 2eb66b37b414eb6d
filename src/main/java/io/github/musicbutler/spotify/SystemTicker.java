package io.github.musicbutler.spotify;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.inject.Singleton;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/** The function's clock: {@link System#nanoTime()} and Mutiny's own timers. */
@Singleton
public class SystemTicker implements Ticker {

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public ScheduledExecutorService timers() {
        return Infrastructure.getDefaultWorkerPool();
    }

    @Override
    public Uni<Void> sleep(Duration wait) {
        return Uni.createFrom().voidItem().onItem().delayIt().onExecutor(timers()).by(wait);
    }
}
