package io.github.musicbutler.coldstart.aws;

import static io.github.musicbutler.coldstart.UncheckedFiles.createDirectories;
import static io.github.musicbutler.coldstart.UncheckedFiles.deleteIfExists;
import static io.github.musicbutler.coldstart.UncheckedFiles.write;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.github.musicbutler.coldstart.Summary;
import io.github.musicbutler.support.AlexaRequest;

/**
 * Cold starts of the deployed function, measured by Lambda itself ({@code ./mvnw -Pcoldstart-aws verify
 * -Dfunction=<name>}). Each run changes an environment variable ({@value #NONCE}), which retires every warm
 * instance, waits for the update, then invokes a LaunchRequest twice with {@code --log-type Tail} and reads the
 * {@code REPORT} lines: the first is a cold start ({@code Init Duration}), the second a warm one. With
 * {@code -Dsnapstart}, each run also publishes a version and invokes it (a SnapStart restore: {@code Restore
 * Duration}), deleting the version afterwards. The function's own variables are kept and restored at the end;
 * they travel in a file readable by the owner only, never on a command line, as they hold the Spotify secret.
 * Needs the AWS CLI and credentials allowed to read, update, invoke (and publish/delete versions of) the function.
 */
public final class AwsColdStart {

    static final String NONCE = "COLDSTART_NONCE";

    private final Aws aws;
    private final String function;
    private final boolean snapstart;
    private final int runs;
    private final Path work;
    private final PrintStream progress;
    private final ObjectMapper json = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** One forced cold start and the warm invocation after it. */
    public record Run(int run, String version, ReportLine cold, ReportLine warm) {
    }

    public record Results(Instant finishedAt, String function, String runtime, int memorySizeMb, boolean snapstart,
            List<Run> runs) {
    }

    AwsColdStart(Aws aws, String function, boolean snapstart, int runs, Path work, PrintStream progress) {
        this.aws = aws;
        this.function = function;
        this.snapstart = snapstart;
        this.runs = runs;
        this.work = work;
        this.progress = progress;
    }

    public static void main(String[] args) {
        String function = System.getProperty("function", "");
        if (function.isBlank()) {
            System.err.println("Name the deployed function: ./mvnw -Pcoldstart-aws verify -Dfunction=<name> "
                    + "[-Dcoldstart.runs=10] [-Dsnapstart]");
            System.exit(2);
        }
        String snapstart = System.getProperty("snapstart", "false");
        AwsColdStart benchmark = new AwsColdStart(new AwsCli(), function,
                snapstart.isEmpty() || Boolean.parseBoolean(snapstart), Integer.getInteger("coldstart.runs", 10),
                Path.of(System.getProperty("coldstart.out", "target/coldstart-aws")), System.out);
        Results results = benchmark.run();
        System.out.println();
        System.out.println(markdown(results));
    }

    Results run() {
        createDirectories(work);
        JsonNode configuration = readJson(aws.run(List.of("lambda", "get-function-configuration",
                "--function-name", function)));
        Map<String, String> original = new LinkedHashMap<>();
        configuration.path("Environment").path("Variables").properties()
                .forEach(variable -> original.put(variable.getKey(), variable.getValue().asText()));
        Path payload = work.resolve("launch-request.json");
        write(payload, AlexaRequest.launch()
                .forSkill(original.getOrDefault("ALEXA_SKILL_ID", AlexaRequest.SKILL_ID)).json());
        List<Run> results = new ArrayList<>();
        try {
            for (int run = 1; run <= runs; run++) {
                Map<String, String> variables = new LinkedHashMap<>(original);
                variables.put(NONCE, Instant.now().toEpochMilli() + "-" + run);
                updateEnvironment(variables);
                String version = snapstart ? publishVersion() : null;
                ReportLine cold = invoke(payload, version);
                ReportLine warm = invoke(payload, version);
                if (version != null) {
                    aws.run(List.of("lambda", "delete-function", "--function-name", function, "--qualifier", version));
                }
                results.add(new Run(run, version, cold, warm));
                progress.printf(Locale.ROOT, "[%2d/%d] %s %s ms, duration %.0f ms, warm %.0f ms, max memory %.0f MB%n",
                        run, runs, cold.restoreDurationMs().isPresent() ? "restore" : "init",
                        format(cold.restoreDurationMs().isPresent() ? cold.restoreDurationMs() : cold.initDurationMs()),
                        cold.durationMs(), warm.durationMs(), cold.maxMemoryUsedMb());
            }
        } finally {
            updateEnvironment(original);
        }
        Results all = new Results(Instant.now(), function, configuration.path("Runtime").asText(),
                configuration.path("MemorySize").asInt(), snapstart, results);
        try {
            json.writeValue(work.resolve("results.json").toFile(), all);
            Files.writeString(work.resolve("report.md"), markdown(all));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private void updateEnvironment(Map<String, String> variables) {
        Path request = work.resolve("update-function-configuration.json");
        try {
            Files.deleteIfExists(request);
            Files.createFile(request, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            json.writeValue(request.toFile(), Map.of("FunctionName", function,
                    "Environment", Map.of("Variables", variables)));
            aws.run(List.of("lambda", "update-function-configuration", "--cli-input-json", "file://" + request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteIfExists(request);
        }
        aws.run(List.of("lambda", "wait", "function-updated", "--function-name", function));
    }

    private String publishVersion() {
        String version = readJson(aws.run(List.of("lambda", "publish-version", "--function-name", function)))
                .path("Version").asText();
        aws.run(List.of("lambda", "wait", "published-version-active", "--function-name", function,
                "--qualifier", version));
        return version;
    }

    private ReportLine invoke(Path payload, String version) {
        Path response = work.resolve("response.json");
        List<String> command = new ArrayList<>(List.of("lambda", "invoke", "--function-name", function));
        if (version != null) {
            command.addAll(List.of("--qualifier", version));
        }
        command.addAll(List.of("--log-type", "Tail", "--payload", "fileb://" + payload, response.toString()));
        JsonNode result = readJson(aws.run(command));
        if (result.has("FunctionError")) {
            throw new IllegalStateException("the function failed: " + read(response));
        }
        String logTail = new String(Base64.getDecoder().decode(result.path("LogResult").asText()),
                StandardCharsets.UTF_8);
        return ReportLine.find(logTail)
                .orElseThrow(() -> new IllegalStateException("no REPORT line in the log tail:\n" + logTail));
    }

    static String markdown(Results results) {
        List<Run> runs = results.runs();
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(results.finishedAt()).append(" on AWS Lambda: `").append(results.function())
                .append("`, ").append(results.runtime()).append(", ").append(results.memorySizeMb()).append(" MB")
                .append(results.snapstart() ? ", SnapStart (a new version per run)" : "")
                .append("; ").append(runs.size()).append(" forced cold starts, each followed by one warm invocation. "
                        + "Figures from Lambda's REPORT lines, ms and MB.\n\n");
        md.append("| Figure | median | p90 | min | max |\n|---|---:|---:|---:|---:|\n");
        row(md, "Init Duration (cold)", runs, run -> run.cold().initDurationMs());
        row(md, "Restore Duration (SnapStart)", runs, run -> run.cold().restoreDurationMs());
        row(md, "Duration, first invocation", runs, run -> OptionalDouble.of(run.cold().durationMs()));
        row(md, "Init or restore + first Duration (what Alexa waits)", runs, run -> OptionalDouble.of(
                run.cold().initDurationMs().orElse(0) + run.cold().restoreDurationMs().orElse(0)
                        + run.cold().durationMs()));
        row(md, "Billed Duration, first invocation", runs, run -> OptionalDouble.of(run.cold().billedDurationMs()));
        row(md, "Duration, second (warm) invocation", runs, run -> OptionalDouble.of(run.warm().durationMs()));
        row(md, "Max Memory Used", runs, run -> OptionalDouble.of(run.cold().maxMemoryUsedMb()));
        return md.toString();
    }

    private static void row(StringBuilder md, String figure, List<Run> runs, java.util.function.Function<Run, OptionalDouble> value) {
        List<Double> values = runs.stream().map(value).filter(OptionalDouble::isPresent)
                .map(OptionalDouble::getAsDouble).toList();
        if (values.isEmpty()) {
            return;
        }
        Summary summary = Summary.of(values);
        md.append(String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f |%n", figure, summary.median(),
                summary.p90(), summary.min(), summary.max()));
    }

    private static String format(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%.0f", value.getAsDouble()) : "n/a";
    }

    private JsonNode readJson(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("the AWS CLI did not answer JSON: " + text, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no response file " + file + ")";
        }
    }
}
