package io.github.musicbutler.lambdarun;

import io.quarkus.amazon.lambda.runtime.MockEventServer;
import io.vertx.ext.web.RoutingContext;

/**
 * Quarkus' mock Lambda Runtime API, noting when the function first polls for an event and answering the function's result and error posts with {@code 202 Accepted} as
 * the real Runtime API does. The mock answers {@code 204}; Quarkus' own poll loop does not mind, but Amazon's
 * Runtime Interface Client treats anything but 202 on an error report as fatal and exits, so the first failed
 * invocation would kill the function instead of being reported.
 */
final class LambdaRuntimeApi extends MockEventServer {

    /** When the function first asked for an event: its init phase ended there, as Lambda's Init Duration does. */
    private volatile long firstPollNanos;

    /** Signalled when an event is queued or the API closes. */
    private final Object arrivals = new Object();
    private volatile boolean closing;

    /**
     * The function's long poll waits here until an event is queued, and only then goes to the mock's own poll, which
     * takes it at once. The mock's poll blocks in a worker that closing interrupts: every run then ended with an
     * ERROR "nextEvent interrupted" and an "Unhandled exception in router" for a poll that was cut on purpose. A
     * poll still waiting when the API closes is left to the closing server, which drops its connection: an answer
     * would only have the function poll again into a server that is going away.
     */
    @Override
    public void nextEvent(RoutingContext ctx) {
        if (firstPollNanos == 0) {
            firstPollNanos = System.nanoTime();
        }
        ctx.vertx().<Void>executeBlocking(() -> {
            synchronized (arrivals) {
                while (queue.isEmpty() && !closing) {
                    arrivals.wait(1_000);
                }
            }
            return null;
        }, false).onComplete(waited -> {
            if (!closing && waited.succeeded()) {
                super.nextEvent(ctx);
            }
        });
    }

    @Override
    public void postEvent(RoutingContext ctx) {
        super.postEvent(ctx);
        arrived();
    }

    @Override
    public void handleRequeue(RoutingContext ctx) {
        super.handleRequeue(ctx);
        arrived();
    }

    @Override
    public void close() throws java.io.IOException {
        closing = true;
        arrived();
        super.close();
    }

    private void arrived() {
        synchronized (arrivals) {
            arrivals.notifyAll();
        }
    }

    long firstPollNanos() {
        return firstPollNanos;
    }

    @Override
    public void handleResponse(RoutingContext ctx) {
        RoutingContext pending = responsePending.remove(ctx.pathParam("requestId"));
        if (pending == null) {
            ctx.fail(404);
            return;
        }
        processResponse(ctx, pending, ctx.body().buffer());
        ctx.response().setStatusCode(202).end();
    }

    @Override
    public void handleError(RoutingContext ctx) {
        RoutingContext pending = responsePending.remove(ctx.pathParam("requestId"));
        if (pending == null) {
            ctx.fail(404);
            return;
        }
        processError(ctx, pending, ctx.body().buffer());
        ctx.response().setStatusCode(202).end();
    }
}
