package io.github.musicbutler.telemetry;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.MDC;

import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.ui.LinkAccountCard;

/**
 * What one Lambda invocation did, for its request log line and its metrics record: begun by {@link Invocations},
 * described by the skill's request interceptor, told about Spotify calls, app tokens and how it ended by the code
 * that knows. Counters may be bumped from any thread (Spotify calls finish on I/O threads); the rest is written on
 * the invocation's own thread.
 * <p>
 * Its fields are put into the logging MDC, so every line the invocation's thread logs carries them (the JSON log's
 * {@code mdc} object). None identifies a person: Lambda's request id, the request's type, intent and locale, which
 * link served it, and a {@link #conversation(String) conversation} label derived from, but not revealing, Alexa's
 * session id.
 */
public final class Invocation {

    /** The MDC keys, as they appear in the JSON log's {@code mdc} object and in docs/operating.md's queries. */
    public static final String REQUEST_ID = "requestId";
    public static final String COLD_START = "coldStart";
    public static final String REQUEST_TYPE = "requestType";
    public static final String INTENT = "intent";
    public static final String LOCALE = "locale";
    public static final String CONVERSATION = "conversation";
    public static final String OUTCOME = "outcome";
    public static final String DURATION = "durationMs";
    static final List<String> FIELDS = List.of(REQUEST_ID, COLD_START, REQUEST_TYPE, INTENT, LOCALE, CONVERSATION,
            OUTCOME, DURATION);

    /** The {@code Intent} dimension of an event that was no Alexa request. */
    static final String UNREADABLE = "Unreadable";
    /** The {@code Intent} dimension of anything not in the interaction model (or not for this skill). */
    static final String OTHER = "Other";

    private final String requestId;
    private final String function;
    private final boolean coldStart;
    private final long epochMillis;
    private final long startNanos;
    private final boolean logged;

    private volatile String requestType;
    private volatile String intentName;
    private volatile boolean intentModelled;
    private volatile String locale;
    private volatile String link;
    private volatile String session = "no session change";
    private volatile Outcome outcome;
    private volatile long durationMillis = -1;

    private final AtomicInteger spotifyCalls = new AtomicInteger();
    private final AtomicLong spotifyNanos = new AtomicLong();
    private final AtomicInteger appTokenFetches = new AtomicInteger();

    Invocation(String requestId, String function, boolean coldStart, long epochMillis, long startNanos, boolean logged) {
        this.requestId = requestId;
        this.function = function;
        this.coldStart = coldStart;
        this.epochMillis = epochMillis;
        this.startNanos = startNanos;
        this.logged = logged;
        if (logged) {
            MDC.put(REQUEST_ID, requestId);
            MDC.put(COLD_START, Boolean.toString(coldStart));
        }
    }

    /**
     * Work done outside any Lambda invocation (SnapStart priming answers sample requests): counted nowhere, logged with
     * no fields.
     */
    static Invocation outside() {
        return new Invocation("", "", false, 0, System.nanoTime(), false);
    }

    /**
     * What was asked. {@code intentName} is null for requests other than IntentRequest; {@code modelled} says whether
     * it is one of the interaction models' intents (only those become the {@code Intent} metric dimension, so that
     * nobody can grow it by sending made-up names); {@code sessionId} null for requests without a session. Called on
     * the invocation's thread, before any handler.
     */
    public void describe(String requestType, String intentName, boolean modelled, String locale, String link,
            String sessionId) {
        this.requestType = requestType;
        this.intentName = intentName;
        this.intentModelled = modelled;
        this.locale = locale;
        this.link = link;
        if (logged) {
            MDC.put(REQUEST_TYPE, requestType);
            if (intentName != null) {
                MDC.put(INTENT, intentName);
            }
            if (locale != null) {
                MDC.put(LOCALE, locale);
            }
            if (sessionId != null) {
                MDC.put(CONVERSATION, conversation(sessionId));
            }
        }
    }

    /** How the invocation ended, said by the code that decided it (a failure's handler, the Lambda entry). */
    public void ended(Outcome outcome) {
        this.outcome = outcome;
    }

    /**
     * The skill's answer: ended as it was {@linkplain #ended(Outcome) said}, or else a LinkAccount card asked to
     * link and anything else answered.
     */
    public void answered(ResponseEnvelope envelope) {
        var response = envelope == null ? null : envelope.getResponse();
        if (response != null && response.getShouldEndSession() != null) {
            session = response.getShouldEndSession() ? "ends session" : "keeps session";
        }
        if (outcome == null) {
            outcome = response != null && response.getCard() instanceof LinkAccountCard ? Outcome.LINK_ASKED
                    : Outcome.ANSWERED;
        }
    }

    /** One call to the Spotify Web API, which took {@code nanos} (failed, cancelled and retried calls count too). */
    public void spotifyCall(long nanos) {
        spotifyCalls.incrementAndGet();
        spotifyNanos.addAndGet(nanos);
    }

    /** The app's own token was fetched from Spotify's accounts service. */
    public void appTokenFetched() {
        appTokenFetches.incrementAndGet();
    }

    /** Stops the clock; the outcome is {@code error} if nobody said otherwise (a failure nothing caught). */
    void finish(long nowNanos) {
        durationMillis = (nowNanos - startNanos) / 1_000_000;
        if (outcome == null) {
            outcome = Outcome.ERROR;
        }
        if (logged) {
            MDC.put(OUTCOME, outcome.name());
            MDC.put(DURATION, Long.toString(durationMillis));
        }
    }

    /** The request log line's message, for people reading the plain-text log (dev mode, the console). */
    String summary() {
        String asked = requestType == null ? "Request"
                : requestType + (intentName == null ? "" : " " + intentName) + " " + locale + ", " + link + ", " + session;
        return asked + ": " + outcome + " in " + durationMillis + " ms";
    }

    /**
     * The {@code Intent} dimension: the request type, or the intent's name for an IntentRequest when it is one of the
     * interaction model's; {@code Unreadable} for an event that was no request; {@code Other} otherwise.
     */
    String intentDimension() {
        if (requestType == null) {
            return Outcome.UNREADABLE_REQUEST.equals(outcome) ? UNREADABLE : OTHER;
        }
        if (intentName != null) {
            return intentModelled ? intentName : OTHER;
        }
        return requestType;
    }

    /**
     * A label shared by every request of one Alexa session, to follow a conversation through the log, that does not
     * reveal the session id (which Alexa's own records share). 64-bit FNV-1a rather than a cryptographic digest: the
     * first {@code MessageDigest} of a JVM costs about 100 ms of provider loading, and the session id being a random
     * UUID, 64 bits of it cannot be turned back into it.
     */
    static String conversation(String sessionId) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : sessionId.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(hash);
    }

    String requestId() {
        return requestId;
    }

    String function() {
        return function;
    }

    boolean coldStart() {
        return coldStart;
    }

    long epochMillis() {
        return epochMillis;
    }

    boolean logged() {
        return logged;
    }

    Outcome outcome() {
        return outcome;
    }

    long durationMillis() {
        return durationMillis;
    }

    int spotifyCalls() {
        return spotifyCalls.get();
    }

    long spotifyMillis() {
        return spotifyNanos.get() / 1_000_000;
    }

    int appTokenFetches() {
        return appTokenFetches.get();
    }
}
