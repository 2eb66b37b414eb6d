package io.github.musicbutler.lambda;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.ShutdownEvent;

/**
 * A native executable's process ends when its application stops. Quarkus' Lambda poll loop, when it gives up (the
 * Runtime API unreachable, an init error it could only report), stops the application from its own thread: Quarkus
 * logs "stopped", but the main thread keeps waiting for an exit nobody asked for, until the process is killed, so
 * Lambda would see a function that neither polls nor ends. Asking for the exit here, with 1, ends it as Lambda's Java
 * runtime ends in the same case. A stop that follows an exit already asked for (SIGTERM, the JVM shutting down)
 * keeps that exit and its code: Quarkus heeds only the first request.
 */
@Singleton
class ExitWhenStopped {

    static void exit(@Observes ShutdownEvent stopped) {
        if (LaunchMode.current() == LaunchMode.NORMAL && !ApplicationLifecycleManager.isVmShuttingDown()) {
            Quarkus.asyncExit(1);
        }
    }
}
