package io.github.musicbutler.support;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.jboss.logmanager.ExtLogRecord;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Records every log line the function writes while a test runs, formatted as the console would show it (level,
 * logger, message and the whole chain of exception messages), so tests can say what must and must not reach the
 * log. Use with {@code @RegisterExtension}.
 * <p>
 * In a {@code @QuarkusTest} the function runs in the test's JVM and its records are caught as they are written. In a
 * {@code @QuarkusIntegrationTest} the function is another process, whose output the integration-test launchers
 * write to {@code target/quarkus.log}: the lines are what was appended there during the test, without the time
 * stamp, so the same assertions hold for the packaged function and the native executable.
 */
public class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + " " + message(record));
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** The packaged function's output, as Quarkus' integration-test launchers write it. */
    static final Path PACKAGED_FUNCTION_LOG = Path.of("target", "quarkus.log");
    private static final Pattern TIME_STAMP = Pattern.compile("^\\d{2}:\\d{2}:\\d{2}[.,]\\d+\\s+");

    /** Where the function's log stood when the test started; negative in a {@code @QuarkusTest}. */
    private long packagedLogStart = -1;

    @Override
    public void beforeEach(ExtensionContext context) {
        lines.clear();
        if (context.getRequiredTestClass().isAnnotationPresent(QuarkusIntegrationTest.class)) {
            packagedLogStart = size(PACKAGED_FUNCTION_LOG);
        } else {
            Logger.getLogger("").addHandler(handler);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Logger.getLogger("").removeHandler(handler);
    }

    public List<String> lines() {
        if (packagedLogStart >= 0) {
            return appendedToPackagedLog().lines().map(line -> TIME_STAMP.matcher(line).replaceFirst("")).toList();
        }
        return List.copyOf(lines);
    }

    public String all() {
        return String.join("\n", lines());
    }

    private String appendedToPackagedLog() {
        awaitQuietLog();
        try (RandomAccessFile log = new RandomAccessFile(PACKAGED_FUNCTION_LOG.toFile(), "r")) {
            // a function started after the test began rewrote the log from the start: all of it is this test's
            long from = log.length() < packagedLogStart ? 0 : packagedLogStart;
            byte[] appended = new byte[(int) (log.length() - from)];
            log.seek(from);
            log.readFully(appended);
            return new String(appended, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the function's log " + PACKAGED_FUNCTION_LOG, e);
        }
    }

    /**
     * The function may write after it answered (Amazon's Runtime Interface Client prints a failed invocation's error
     * after reporting it), so the log is read once it stopped growing for a moment.
     */
    private static void awaitQuietLog() {
        long before = -1;
        for (int look = 0; look < 40; look++) {
            long now = size(PACKAGED_FUNCTION_LOG);
            if (now == before) {
                return;
            }
            before = now;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String message(LogRecord record) {
        if (record instanceof ExtLogRecord formatted) {
            return formatted.getFormattedMessage();
        }
        return new SimpleFormatter().formatMessage(record);
    }
}
