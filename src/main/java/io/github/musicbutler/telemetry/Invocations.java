package io.github.musicbutler.telemetry;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * The invocation being answered, from its start to its one request log line and its one metrics record. Lambda
 * gives an execution environment one invocation at a time, so there is one current invocation; code that runs
 * outside one (SnapStart priming) gets a detached {@link Invocation#outside()} that is neither counted nor logged.
 */
@Singleton
public class Invocations {

    private static final Logger LOG = Logger.getLogger(Invocations.class);
    /** Outside Lambda (dev mode, tests without a function name): the {@code Function} dimension. */
    static final String LOCAL = "local";

    private volatile boolean started;
    private volatile Invocation current;

    /**
     * Starts an invocation: Lambda's request id and whether this is the process's first go into the MDC.
     *
     * @param functionName the Lambda function's name, from its context; null or blank outside Lambda
     */
    public Invocation begin(String awsRequestId, String functionName) {
        boolean coldStart = !started;
        started = true;
        Invocation invocation = new Invocation(awsRequestId == null ? "" : awsRequestId,
                functionName == null || functionName.isBlank() ? LOCAL : functionName, coldStart,
                System.currentTimeMillis(), System.nanoTime(), true);
        current = invocation;
        return invocation;
    }

    /** The invocation being answered; a detached one outside any. */
    public Invocation current() {
        Invocation invocation = current;
        return invocation != null ? invocation : Invocation.outside();
    }

    /**
     * Ends it: the request log line (the message for people, the MDC fields for queries), then the metrics record on
     * stdout; then its fields leave the MDC, for the next invocation.
     */
    public void end(Invocation invocation) {
        try {
            invocation.finish(System.nanoTime());
            LOG.info(invocation.summary());
            MetricsRecord.print(invocation);
        } finally {
            if (current == invocation) {
                current = null;
            }
            Invocation.FIELDS.forEach(MDC::remove);
        }
    }
}
