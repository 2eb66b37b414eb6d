package io.github.musicbutler.http;

import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Singleton;

import io.netty.channel.ConnectTimeoutException;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;

/**
 * The one way this application builds a REST client: on first use (a cold start that never calls a service never
 * builds its client), once per interface, base URI, timeouts and way of answering, with the timeouts its capability
 * configures. Also the one
 * place that knows what a timeout of these clients looks like ({@link #timedOut(Throwable)}), so callers type their
 * failures by what happened, not by a class name.
 */
@Singleton
public class RestClients {

    /** How long a client waits to connect, and then for an answer. */
    public record Timeouts(Duration connect, Duration read) {
    }

    /** What becomes of an error status. */
    public enum Answers {
        /** An error status fails the call, through the API's registered {@code ResponseExceptionMapper}. */
        ERRORS_FAIL,
        /** Every status is an answer the caller reads itself (its API returns {@code Response}). */
        AS_THEY_ARE
    }

    /** Everything a client is built from: a caller asking with other timeouts or answers gets a client of its own. */
    private record Key(Class<?> api, URI baseUri, Timeouts timeouts, Answers answers) {
    }

    private final Map<Key, Object> built = new ConcurrentHashMap<>();

    /** The client of {@code api} at {@code baseUri}, built by the first caller; later callers asking the same share it. */
    public <T> T client(Class<T> api, URI baseUri, Timeouts timeouts, Answers answers) {
        Key key = new Key(api, baseUri, timeouts, answers);
        return api.cast(built.computeIfAbsent(key, k -> QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUri)
                .connectTimeout(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeouts.read().toMillis(), TimeUnit.MILLISECONDS)
                .disableDefaultMapper(answers == Answers.AS_THEY_ARE)
                .build(api)));
    }

    /**
     * Whether {@code failure} (or a cause) is a timeout: a {@link TimeoutException}, which is what Vert.x' read
     * timeout is (the REST client wraps it in a {@code ProcessingException}) as well as the caller's own (Mutiny's
     * {@code ifNoItem().after(...)}); or Netty's connect timeout (a {@link ConnectException}).
     */
    public static boolean timedOut(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof ConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
