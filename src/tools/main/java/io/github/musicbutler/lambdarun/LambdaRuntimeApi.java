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

    @Override
    public void nextEvent(RoutingContext ctx) {
        if (firstPollNanos == 0) {
            firstPollNanos = System.nanoTime();
        }
        super.nextEvent(ctx);
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
