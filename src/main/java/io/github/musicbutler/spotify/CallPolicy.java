package io.github.musicbutler.spotify;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.github.musicbutler.spotify.SpotifyException.Subject;
import io.github.musicbutler.telemetry.Invocation;
import io.smallrye.mutiny.Uni;

/**
 * How every call of one {@link SpotifySession} is made, in one place: it carries the session's token; it is retried
 * once after a 429 when Spotify's Retry-After fits in the time left; it is counted, with its time, in the request's
 * {@link Invocation} metrics; it fails only with a {@link SpotifyException} that says what was asked for and which
 * {@link TokenKind} the call carried; and nobody waits for it beyond the request's {@link Deadline}.
 */
final class CallPolicy {

    private static final Logger LOG = Logger.getLogger(CallPolicy.class);

    private final TokenKind token;
    private final Supplier<Uni<String>> authorization;
    private final Deadline deadline;
    private final Invocation invocation;

    CallPolicy(TokenKind token, Supplier<Uni<String>> authorization, Deadline deadline, Invocation invocation) {
        this.token = token;
        this.authorization = authorization;
        this.deadline = deadline;
        this.invocation = invocation;
    }

    TokenKind token() {
        return token;
    }

    /** The request's time left. */
    /** Where the timers of this request's waits run: the deadline's clock. */
    java.util.concurrent.ScheduledExecutorService timers() {
        return deadline.timers();
    }

    Duration timeLeft() {
        return deadline.remaining();
    }

    /** A failure of this session that Spotify was not asked about, carrying its token. */
    SpotifyException failure(SpotifyOutcome outcome, String detail) {
        return new SpotifyException(outcome, detail).carrying(token);
    }

    /** The result of {@code call}, or {@link SpotifyOutcome#TIMED_OUT} once the request's budget is spent. */
    <T> T await(Uni<T> call) {
        Duration left = deadline.remaining();
        if (left.isZero()) {
            throw failure(SpotifyOutcome.TIMED_OUT, "no time left for Spotify");
        }
        try {
            return call.ifNoItem().after(left).on(deadline.timers())
                    .failWith(() -> new SpotifyException(SpotifyOutcome.TIMED_OUT, "no answer within " + left.toMillis() + " ms"))
                    .await().indefinitely();
        } catch (RuntimeException e) {
            throw SpotifyErrorMapper.translate(e).carrying(token);
        }
    }

    /** One request to the Web API about {@code subject}, sent with the session's authorization. */
    <T> Uni<T> call(Subject subject, Function<String, Uni<? extends T>> request) {
        return attempt(subject, request).onFailure(this::worthWaitingFor).recoverWithUni(failure -> {
            Duration wait = ((SpotifyException) failure).retryAfter().orElseThrow();
            LOG.infof("Spotify asked to wait %d s (429); retrying once", wait.toSeconds());
            return deadline.sleep(wait).chain(() -> attempt(subject, request));
        });
    }

    private <T> Uni<T> attempt(Subject subject, Function<String, Uni<? extends T>> request) {
        return authorization.get().<T>chain(auth -> counted(request.apply(auth)))
                .onFailure().transform(failure -> SpotifyErrorMapper.translate(failure).about(subject).carrying(token));
    }

    /** The call, timed from when it is sent until it answers, fails or is given up on (the deadline). */
    private <T> Uni<? extends T> counted(Uni<? extends T> call) {
        return Uni.createFrom().deferred(() -> {
            long sent = System.nanoTime();
            return call.onTermination().invoke(() -> invocation.spotifyCall(System.nanoTime() - sent));
        });
    }

    private boolean worthWaitingFor(Throwable failure) {
        return failure instanceof SpotifyException e && e.outcome() == SpotifyOutcome.RATE_LIMITED
                && e.retryAfter().filter(deadline::allows).isPresent();
    }
}
