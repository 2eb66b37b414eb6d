package io.github.musicbutler.lambdarun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.quarkus.amazon.lambda.runtime.MockEventServer;

/**
 * Runs the deployable function the way AWS Lambda runs it, on this machine: one fresh process per instance, fed
 * through a local Lambda Runtime API (Quarkus' {@link MockEventServer}, in this JVM; see {@link LambdaRuntimeApi}).
 * <ul>
 * <li>JVM: {@code function.zip} unpacked as the task root and working directory, {@code java -cp <runtime jars>}
 * with the Runtime Interface Client's main class and the handler string, as the {@code java21} runtime does (the
 * client loads the function from the task root and its {@code lib/*.jar} with its own class loader);</li>
 * <li>native: the task root's {@code bootstrap} (or a {@code *-runner}), as {@code provided.al2023} does.</li>
 * </ul>
 * Either way the process' standard output and error, everything Lambda would send to CloudWatch Logs, go to one
 * {@link #logFile() file}, in the order they were written.
 * The process gets the environment Lambda gives a function (no inherited variables besides {@code PATH}), plus
 * what the caller adds. The Runtime Interface Client loads its native library from a copy of its own
 * ({@link LambdaRuntimeClasspath#jniLibrary()}), not from the one file in {@code /tmp} that functions started side by
 * side would overwrite. JVM options go on the command line before anything else; {@code JAVA_TOOL_OPTIONS}
 * defaults to {@value #DEFAULT_JAVA_TOOL_OPTIONS}, which JDK 24+ needs because a {@code -cp} launch ignores the
 * jar manifest's {@code Add-Opens}, exactly as a Lambda user has to set it.
 *
 * <pre>{@code
 * try (LocalLambda lambda = LocalLambda.builder().artifact(Path.of("target/function.zip"))
 *         .env("SPOTIFY_API_URL", stub + "/v1").build().start()) {
 *     String answer = lambda.invoke(launchRequestJson);
 * }
 * }</pre>
 */
public final class LocalLambda implements AutoCloseable {

    /** The handler string Terraform gives a JVM function. */
    public static final String QUARKUS_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    /**
     * What Lambda's java17 and java21 runtimes give a function's JVM unless told otherwise, and what {@code terraform/}
     * sets: C1 only, quick to compile, never profiling for C2. Tests and the console run the function so
     * ({@link Builder#lambdaJvmDefaults()}); the cold-start benchmark chooses per mode.
     */
    public static final String LAMBDA_TIERED_COMPILATION = "-XX:TieredStopAtLevel=1";
    /** The JVM reads JAVA_TOOL_OPTIONS itself and knows only the {@code --opt=value} form (the launcher's space form fails). */
    public static final String DEFAULT_JAVA_TOOL_OPTIONS = "--add-opens=java.base/java.lang=ALL-UNNAMED";

    private final Builder config;
    private final FunctionArtifact artifact;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Invocation> invocations = new ArrayList<>();
    private LambdaRuntimeApi runtimeApi;
    private Process process;
    private long startNanos;
    private Duration timeToFirstResponse;
    private Duration initDuration;

    private LocalLambda(Builder config) {
        this.config = config;
        this.artifact = FunctionArtifact.of(config.artifact);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the Runtime API, then the function's process; the clock of {@link #timeToFirstResponse()} starts here. */
    public LocalLambda start() {
        if (process != null) {
            throw new IllegalStateException("already started");
        }
        if (config.externalRuntimeApi == null) {
            runtimeApi = new LambdaRuntimeApi();
            runtimeApi.start(0);
        }
        ProcessBuilder launch = new ProcessBuilder(command())
                .directory(artifact.taskRoot().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile().toFile()));
        launch.environment().clear();
        launch.environment().putAll(environment());
        try {
            Files.createDirectories(logFile().getParent());
            startNanos = System.nanoTime();
            process = launch.start();
        } catch (IOException e) {
            closeRuntimeApi();
            throw new UncheckedIOException("cannot start " + launch.command(), e);
        }
        return this;
    }

    /** Sends an event and returns the function's answer; fails if the function reported an error. */
    public String invoke(String eventJson) {
        Invocation invocation = send(eventJson);
        if (!invocation.succeeded()) {
            throw new AssertionError("the function failed (HTTP " + invocation.statusCode() + "): "
                    + invocation.body() + "\n" + logTail());
        }
        return invocation.body();
    }

    /** Sends any event, as Lambda's Invoke API would, and returns what the function answered, error or not. */
    public Invocation send(String event) {
        if (process == null) {
            throw new IllegalStateException("start() first");
        }
        if (runtimeApi == null) {
            throw new IllegalStateException("events go through the Runtime API at " + config.externalRuntimeApi);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(runtimeApiUrl() + MockEventServer.POST_EVENT))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(event, StandardCharsets.UTF_8))
                .build();
        long sent = System.nanoTime();
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> response = await(answer, sent);
        long received = System.nanoTime();
        if (timeToFirstResponse == null) {
            timeToFirstResponse = Duration.ofNanos(received - startNanos);
        }
        Invocation invocation = new Invocation(response.statusCode(), response.body(),
                Duration.ofNanos(received - sent));
        invocations.add(invocation);
        return invocation;
    }

    /** Waits for the answer, but gives up as soon as the process dies: a crashed function never answers. */
    private HttpResponse<String> await(CompletableFuture<HttpResponse<String>> answer, long sent) {
        long deadline = sent + config.invocationTimeout.toNanos();
        while (true) {
            try {
                return answer.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillWaiting) {
                if (!process.isAlive()) {
                    answer.cancel(true);
                    throw new IllegalStateException("the function exited with " + process.exitValue()
                            + " before answering\n" + logTail());
                }
                if (System.nanoTime() > deadline) {
                    answer.cancel(true);
                    throw new IllegalStateException("no answer within " + config.invocationTimeout + "\n" + logTail());
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot reach the local Runtime API", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** From just before the process was started until the first answer arrived. */
    public Optional<Duration> timeToFirstResponse() {
        return Optional.ofNullable(timeToFirstResponse);
    }

    /**
     * From just before the process was started until it first asked the Runtime API for an event: the init phase,
     * which Lambda reports as {@code Init Duration}. Empty until the function has polled.
     */
    public Optional<Duration> initDuration() {
        long polled = runtimeApi == null ? 0 : runtimeApi.firstPollNanos();
        if (polled == 0 && initDuration == null) {
            return Optional.empty();
        }
        if (initDuration == null) {
            initDuration = Duration.ofNanos(polled - startNanos);
        }
        return Optional.of(initDuration);
    }

    /** Every invocation so far, in order, with its round-trip time. */
    public List<Invocation> invocations() {
        return List.copyOf(invocations);
    }

    /** CPU time and peak RSS of the function's process so far; read it before {@link #close()}. */
    public ProcessUsage usage() {
        return ProcessUsage.of(process.toHandle());
    }

    public long pid() {
        return process.pid();
    }

    public boolean isNative() {
        return artifact.isNative();
    }

    /** Where the function's stdout and stderr go (rewritten at each start). */
    public Path logFile() {
        if (config.logFile != null) {
            return config.logFile;
        }
        // beside what runs: target/lambdarun/function.log for a zip, target/x-runner.log for a runner
        Path runs = artifact.isNative() && !artifact.bootstrap().startsWith(artifact.taskRoot().resolve("bootstrap"))
                ? artifact.bootstrap() : artifact.taskRoot();
        return runs.resolveSibling(runs.getFileName() + ".log");
    }

    /** The last lines the function wrote, for failure messages. */
    public String logTail() {
        try (Stream<String> lines = Files.lines(logFile())) {
            List<String> all = lines.toList();
            return "--- last lines of " + logFile() + " ---\n"
                    + String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log at " + logFile() + ")";
        }
    }

    /**
     * Stops the function like Lambda's shutdown phase (SIGTERM, then SIGKILL after the stop timeout), so JVMs run
     * their exit hooks: a class-data archive or AOT cache requested with {@code -XX:ArchiveClassesAtExit} or
     * {@code -XX:AOTCacheOutput} is written then. The Runtime API is closed afterwards.
     */
    @Override
    public void close() {
        initDuration();
        try {
            if (process != null && process.isAlive()) {
                process.destroy();
                if (!process.waitFor(config.stopTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeRuntimeApi();
        }
    }

    /** Waits at most {@code timeout} for the process to end by itself, and says how it ended; empty if it still runs. */
    public Optional<Integer> awaitExit(Duration timeout) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.of(process.exitValue());
            }
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return exitValue();
        }
    }

    /** How the process ended; empty while it runs. */
    public Optional<Integer> exitValue() {
        return process == null || process.isAlive() ? Optional.empty() : Optional.of(process.exitValue());
    }

    private void closeRuntimeApi() {
        if (runtimeApi != null) {
            try {
                runtimeApi.close();
            } catch (IOException e) {
                // nothing left to release: the process using it is gone
            }
            runtimeApi = null;
        }
    }

    private String runtimeApiUrl() {
        return "http://localhost:" + runtimeApi.getPort();
    }

    List<String> command() {
        List<String> systemProperties = config.systemProperties.entrySet().stream()
                .map(property -> "-D" + property.getKey() + "=" + property.getValue()).toList();
        if (artifact.isNative()) {
            // a native executable reads -D arguments as system properties, as a JVM does its options
            List<String> command = new ArrayList<>();
            command.add(artifact.bootstrap().toString());
            command.addAll(systemProperties);
            return command;
        }
        List<String> command = new ArrayList<>();
        command.add(config.javaHome.resolve("bin").resolve("java").toString());
        command.addAll(config.jvmOptions);
        LambdaRuntimeClasspath.jniLibrary().ifPresent(library ->
                command.add("-D" + LambdaRuntimeClasspath.JNI_LIBRARY_PROPERTY + "=" + library));
        command.addAll(systemProperties);
        command.add("-cp");
        // As on Lambda, the class path holds only the runtime: the RIC loads the function from its working directory
        // (the task root and its lib/*.jar) with its own class loader.
        command.add(LambdaRuntimeClasspath.jars().stream().map(Path::toString).collect(Collectors.joining(":")));
        command.add(LambdaRuntimeClasspath.MAIN_CLASS);
        command.add(config.handler);
        return command;
    }

    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin"));
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("LAMBDA_TASK_ROOT", artifact.taskRoot().toString());
        env.put("_HANDLER", artifact.isNative() ? "bootstrap" : config.handler);
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi == null ? config.externalRuntimeApi
                : "localhost:" + runtimeApi.getPort() + MockEventServer.BASE_PATH);
        env.put("AWS_LAMBDA_FUNCTION_NAME", "music-butler-local");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("AWS_REGION", "eu-west-1");
        env.put("AWS_DEFAULT_REGION", "eu-west-1");
        if (!artifact.isNative()) {
            env.put("JAVA_TOOL_OPTIONS", DEFAULT_JAVA_TOOL_OPTIONS);
        }
        env.putAll(config.env);
        return env;
    }

    public static final class Builder {

        private Path artifact = Path.of("target", "function.zip");
        private Path javaHome = Path.of(System.getProperty("java.home"));
        private String handler = QUARKUS_HANDLER;
        private final List<String> jvmOptions = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private Path logFile;
        private String externalRuntimeApi;
        private Duration invocationTimeout = Duration.ofSeconds(30);
        private Duration stopTimeout = Duration.ofSeconds(10);

        private Builder() {
        }

        /** {@code function.zip} (JVM or native), an unpacked task root, or a native {@code bootstrap}/{@code *-runner}. */
        public Builder artifact(Path artifact) {
            this.artifact = artifact;
            return this;
        }

        /** The JDK that runs a JVM function; default: the one running this code. */
        public Builder javaHome(Path javaHome) {
            this.javaHome = javaHome;
            return this;
        }

        public Builder handler(String handler) {
            this.handler = handler;
            return this;
        }

        /** Options on the {@code java} command line, before the class path (ignored for native functions). */
        public Builder jvmOptions(String... options) {
            jvmOptions.addAll(List.of(options));
            return this;
        }

        /** The JVM options Lambda's Java runtime uses by default ({@link #LAMBDA_TIERED_COMPILATION}). */
        public Builder lambdaJvmDefaults() {
            return jvmOptions(LAMBDA_TIERED_COMPILATION);
        }

        /**
         * A system property of the function, for settings Lambda has no place for (a test's): {@code -Dname=value}
         * on the {@code java} command line, or as an argument of a native executable, which reads it the same way.
         */
        public Builder systemProperty(String name, String value) {
            systemProperties.put(name, value);
            return this;
        }

        /** An environment variable of the function, as set in Lambda's configuration; later ones win. */
        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Builder env(Map<String, String> variables) {
            env.putAll(variables);
            return this;
        }

        /**
         * A Runtime API that already runs ({@code host:port[/path]}, as in {@code AWS_LAMBDA_RUNTIME_API}), e.g. the
         * one Quarkus serves to an integration test, instead of starting one: events are then sent there, not
         * through {@link LocalLambda#send(String)}.
         */
        public Builder runtimeApi(String hostPortPath) {
            this.externalRuntimeApi = hostPortPath;
            return this;
        }

        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        public Builder invocationTimeout(Duration timeout) {
            this.invocationTimeout = timeout;
            return this;
        }

        /** How long {@link LocalLambda#close()} lets the process shut down before killing it. */
        public Builder stopTimeout(Duration timeout) {
            this.stopTimeout = timeout;
            return this;
        }

        public LocalLambda build() {
            return new LocalLambda(this);
        }
    }
}
