package io.github.musicbutler.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.jboss.logmanager.ExtLogRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.logging.json.runtime.JsonFormatter;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Records everything the function writes while a test runs, so tests can say what must and must not reach its
 * output: {@link #lines() log lines} as people read them (level, logger, message and the whole chain of exception
 * messages), {@link #records() log records} with their fields as the JSON log has them, the
 * {@link #metrics() metrics records} (CloudWatch Embedded Metric Format) it prints, and {@link #written() all of it} in
 * every form it is written, for the secret scans. Use with {@code @RegisterExtension}.
 * <p>
 * In a {@code @QuarkusTest} the function runs in the test's JVM: its records are caught as they are written, and also
 * formatted as the packaged function's JSON log formats them (Quarkus' JSON formatter), and its standard output is
 * watched for metrics records. In a {@code @QuarkusIntegrationTest} the function is another process, started as
 * Lambda starts it, JVM {@code function.zip} or native alike, by the project's launcher ({@code FunctionZipLauncher}),
 * which writes the process' standard output and error, all that Lambda sends to CloudWatch Logs, to
 * {@code target/quarkus.log}: the packaged function logs one JSON object per line, so the lines are what was appended
 * there during the test, read back from that JSON, and the same assertions hold for both. Quarkus' own launchers would
 * leave a file log of Quarkus' there instead, without the metrics records the function prints.
 */
public class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final List<JsonNode> records = new CopyOnWriteArrayList<>();
    /** Each record as the packaged function's JSON log would write it. */
    private final List<String> jsonLines = new CopyOnWriteArrayList<>();
    private final JsonFormatter jsonFormatter = new JsonFormatter();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private PrintStream originalStdout;

    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            StringBuilder line = new StringBuilder(record.getLevel() + " " + record.getLoggerName() + " " + message(record));
            for (Throwable t = record.getThrown(); t != null; t = t.getCause()) {
                line.append(" | ").append(t);
            }
            lines.add(line.toString());
            ObjectNode fields = JSON.createObjectNode()
                    .put("level", record.getLevel().getName())
                    .put("loggerName", record.getLoggerName())
                    .put("message", message(record));
            if (record instanceof ExtLogRecord ext) {
                // read now, on the thread that logs: the MDC is that thread's
                Map<String, String> mdc = ext.getMdcCopy();
                fields.set("mdc", JSON.valueToTree(mdc));
                jsonLines.add(jsonFormatter.format(ext));
            }
            records.add(fields);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** The packaged function's standard output and error, as the project's integration-test launcher writes them. */
    static final Path PACKAGED_FUNCTION_LOG = Path.of("target", "quarkus.log");
    private static final Pattern TIME_STAMP = Pattern.compile("^\\d{2}:\\d{2}:\\d{2}[.,]\\d+\\s+");

    /** Where the function's log stood when the test started; negative in a {@code @QuarkusTest}. */
    private long packagedLogStart = -1;

    @Override
    public void beforeEach(ExtensionContext context) {
        lines.clear();
        records.clear();
        jsonLines.clear();
        stdout.reset();
        if (isIntegrationTest(context.getRequiredTestClass())) {
            packagedLogStart = size(PACKAGED_FUNCTION_LOG);
        } else {
            Logger.getLogger("").addHandler(handler);
            originalStdout = System.out;
            System.setOut(new PrintStream(new Tee(originalStdout, stdout), true, StandardCharsets.UTF_8));
        }
    }

    private static boolean isIntegrationTest(Class<?> testClass) {
        return testClass.isAnnotationPresent(QuarkusIntegrationTest.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Logger.getLogger("").removeHandler(handler);
        if (originalStdout != null) {
            System.setOut(originalStdout);
            originalStdout = null;
        }
    }

    /** The log lines, as people read them: {@code LEVEL logger message | exception | its cause …}. */
    public List<String> lines() {
        if (packagedLogStart >= 0) {
            return appendedToPackagedLog().lines().filter(line -> !isMetricsRecord(line)).map(LogCapture::readable)
                    .toList();
        }
        return List.copyOf(lines);
    }

    public String all() {
        return String.join("\n", lines());
    }

    /**
     * The log records with their fields, as the JSON log writes them: {@code level}, {@code loggerName},
     * {@code message}, and the invocation's fields in {@code mdc}.
     */
    public List<JsonNode> records() {
        if (packagedLogStart >= 0) {
            return appendedToPackagedLog().lines().map(LogCapture::json).flatMap(Optional::stream)
                    .filter(node -> node.has("level") && node.has("message")).toList();
        }
        return List.copyOf(records);
    }

    /** The metrics records (CloudWatch Embedded Metric Format) the function printed, in order. */
    public List<JsonNode> metrics() {
        String output = packagedLogStart >= 0 ? appendedToPackagedLog() : stdout.toString(StandardCharsets.UTF_8);
        return output.lines().filter(LogCapture::isMetricsRecord).map(LogCapture::json).flatMap(Optional::stream)
                .toList();
    }

    /**
     * Everything the function wrote, in every form it writes it, for the secret scans: the packaged function's output
     * as it is; in a {@code @QuarkusTest}, each record as people read it and as the JSON log writes it, and the
     * metrics records.
     */
    public String written() {
        if (packagedLogStart >= 0) {
            return appendedToPackagedLog();
        }
        List<String> forms = new ArrayList<>(lines);
        forms.addAll(jsonLines);
        forms.add(stdout.toString(StandardCharsets.UTF_8));
        return String.join("\n", forms);
    }

    /**
     * Everything the packaged function (a {@code @QuarkusIntegrationTest}'s) wrote since its process started, its
     * startup included, whichever test was running then.
     */
    public static String packagedFunctionOutput() {
        awaitQuietLog();
        try {
            return Files.readString(PACKAGED_FUNCTION_LOG, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the function's output " + PACKAGED_FUNCTION_LOG, e);
        }
    }

    /** The metrics records in the packaged function's whole output ({@link #packagedFunctionOutput()}), in order. */
    public static List<JsonNode> packagedFunctionMetrics() {
        return packagedFunctionOutput().lines().filter(LogCapture::isMetricsRecord).map(LogCapture::json)
                .flatMap(Optional::stream).toList();
    }

    private static boolean isMetricsRecord(String line) {
        return line.startsWith("{") && line.contains("\"_aws\"");
    }

    private static Optional<JsonNode> json(String line) {
        if (!line.startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(line));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /**
     * A JSON log line as people read it, in the same form as a {@code @QuarkusTest}'s records; anything else the
     * process printed (the JVM, Lambda's runtime client) as it is, without a time stamp.
     */
    private static String readable(String line) {
        Optional<JsonNode> record = json(line).filter(node -> node.has("level") && node.has("message"));
        if (record.isEmpty()) {
            return TIME_STAMP.matcher(line).replaceFirst("");
        }
        JsonNode node = record.get();
        StringBuilder readable = new StringBuilder(node.path("level").asText() + " " + node.path("loggerName").asText()
                + " " + node.path("message").asText());
        for (JsonNode e = node.path("exception"); !e.isMissingNode(); e = e.path("causedBy").path("exception")) {
            readable.append(" | ").append(e.path("exceptionType").asText());
            if (e.hasNonNull("message")) {
                readable.append(": ").append(e.path("message").asText());
            }
        }
        return readable.toString();
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

    /** Standard output still goes where it went, and is kept for {@link #metrics()}. */
    private static final class Tee extends OutputStream {

        private final OutputStream original;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream original, ByteArrayOutputStream copy) {
            this.original = original;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            original.write(b);
            synchronized (copy) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            original.write(bytes, offset, length);
            synchronized (copy) {
                copy.write(bytes, offset, length);
            }
        }

        @Override
        public void flush() throws IOException {
            original.flush();
        }
    }

    private static String message(LogRecord record) {
        if (record instanceof ExtLogRecord formatted) {
            return formatted.getFormattedMessage();
        }
        return new SimpleFormatter().formatMessage(record);
    }
}
