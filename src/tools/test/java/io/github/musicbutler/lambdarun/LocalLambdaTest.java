package io.github.musicbutler.lambdarun;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process handling, with stand-in functions: {@code bootstrap} shell scripts that speak the Lambda Runtime API with
 * curl, exactly as a native {@code bootstrap} does, so the native path is tested without GraalVM.
 */
class LocalLambdaTest {

    /** Answers every event with {"echo": event, "handler": $_HANDLER}. */
    private static final String ECHO_FUNCTION = """
            #!/bin/bash
            set -euo pipefail
            api="http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation"
            while true; do
              headers=$(mktemp)
              event=$(curl -sS -D "$headers" "$api/next")
              id=$(grep -i '^Lambda-Runtime-Aws-Request-Id:' "$headers" | tr -d '\\r' | cut -d' ' -f2)
              rm -f "$headers"
              if [[ "$event" == *fail* ]]; then
                curl -sS -X POST "$api/$id/error" -d '{"errorMessage":"asked to fail","errorType":"Test"}' >/dev/null
              else
                curl -sS -X POST "$api/$id/response" -d "{\\"echo\\":$event,\\"greeting\\":\\"${GREETING:-}\\"}" >/dev/null
              fi
            done
            """;

    @TempDir
    Path dir;

    @BeforeAll
    static void curlIsNeeded() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/curl")), "the stand-in functions use /usr/bin/curl");
    }

    private Path executable(String name, String script) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private Path nativeZip(String script) throws IOException {
        Path zip = dir.resolve("function.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("bootstrap"));
            out.write(script.getBytes());
            out.closeEntry();
        }
        return zip;
    }

    @Test
    void nativeZipRunsItsBootstrapAgainstTheRuntimeApi() throws IOException {
        try (LocalLambda lambda = LocalLambda.builder().artifact(nativeZip(ECHO_FUNCTION)).env("GREETING", "hi")
                .build().start()) {
            assertTrue(lambda.isNative());
            assertEquals("{\"echo\":{\"n\":1},\"greeting\":\"hi\"}", lambda.invoke("{\"n\":1}"));
            assertEquals("{\"echo\":{\"n\":2},\"greeting\":\"hi\"}", lambda.invoke("{\"n\":2}"));
        }
    }

    @Test
    void timingsCoverProcessStartToFirstAnswerAndEachRoundTrip() throws IOException {
        try (LocalLambda lambda = LocalLambda.builder().artifact(executable("bootstrap", ECHO_FUNCTION)).build()) {
            assertTrue(lambda.timeToFirstResponse().isEmpty());
            lambda.start();
            lambda.invoke("{}");
            lambda.invoke("{}");

            Duration first = lambda.timeToFirstResponse().orElseThrow();
            assertEquals(2, lambda.invocations().size());
            assertThat(first.compareTo(lambda.invocations().get(0).latency()), greaterThan(-1));
            assertThat(first.compareTo(lambda.initDuration().orElseThrow()), greaterThan(0));
        }
    }

    @Test
    void errorReportedByTheFunctionIsAnsweredAndTheFunctionKeepsServing() throws IOException {
        try (LocalLambda lambda = LocalLambda.builder().artifact(executable("bootstrap", ECHO_FUNCTION)).build()
                .start()) {
            Invocation failed = lambda.send("{\"please\":\"fail\"}");
            assertEquals(500, failed.statusCode());
            assertThat(failed.body(), containsString("asked to fail"));

            assertTrue(lambda.send("{\"n\":3}").succeeded());
        }
    }

    @Test
    void invokeTreatsAFunctionErrorAsAFailure() throws IOException {
        try (LocalLambda lambda = LocalLambda.builder().artifact(executable("bootstrap", ECHO_FUNCTION)).build()
                .start()) {
            AssertionError failure = assertThrows(AssertionError.class, () -> lambda.invoke("{\"please\":\"fail\"}"));
            assertThat(failure.getMessage(), containsString("HTTP 500"));
        }
    }

    @Test
    void crashedFunctionFailsTheInvocationAtOnceWithItsExitCodeAndLog() throws IOException {
        Path crashing = executable("bootstrap", "#!/bin/bash\necho 'cannot read configuration' >&2\nexit 3\n");
        try (LocalLambda lambda = LocalLambda.builder().artifact(crashing)
                .invocationTimeout(Duration.ofMinutes(5)).build().start()) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> lambda.invoke("{}"));

            assertThat(failure.getMessage(), containsString("exited with 3 before answering"));
            assertThat(failure.getMessage(), containsString("cannot read configuration"));
        }
    }

    @Test
    void silentFunctionFailsTheInvocationAfterTheTimeout() throws IOException {
        try (LocalLambda lambda = LocalLambda.builder().artifact(executable("bootstrap", "#!/bin/bash\nsleep 30\n"))
                .invocationTimeout(Duration.ofMillis(300)).stopTimeout(Duration.ofSeconds(1)).build().start()) {
            IllegalStateException failure = assertThrows(IllegalStateException.class, () -> lambda.invoke("{}"));

            assertThat(failure.getMessage(), containsString("no answer within PT0.3S"));
        }
    }

    @Test
    void closeStopsTheProcessWithSigterm() throws IOException {
        Path trapping = executable("bootstrap", """
                #!/bin/bash
                trap 'echo stopped politely; exit 0' TERM
                touch trap-is-set
                while true; do sleep 0.05; done
                """);
        LocalLambda lambda = LocalLambda.builder().artifact(trapping).build().start();
        waitUntil(() -> Files.exists(dir.resolve("trap-is-set")));

        lambda.close();

        assertEquals(0, lambda.exitValue().orElseThrow());
    }

    @Test
    void usageReportsCpuTimeAndPeakRssOfTheRunningProcess() throws IOException {
        try (LocalLambda lambda = LocalLambda.builder().artifact(executable("bootstrap", ECHO_FUNCTION)).build()
                .start()) {
            lambda.invoke("{}");

            ProcessUsage usage = lambda.usage();
            assertTrue(usage.cpuTime().isPresent());
            assertThat(usage.peakRssKiB().orElseThrow(), greaterThan(0L));
        }
    }

    @Test
    void functionGetsLambdasEnvironmentAndNothingInheritedButPath() throws IOException {
        Path printing = executable("bootstrap", ECHO_FUNCTION);
        LocalLambda lambda = LocalLambda.builder().artifact(printing).env("ALEXA_SKILL_ID", "amzn1.ask.skill.x")
                .build().start();
        try (lambda) {
            var env = lambda.environment();
            assertThat(env.get("AWS_LAMBDA_RUNTIME_API"), startsWith("localhost:"));
            assertThat(env.get("AWS_LAMBDA_RUNTIME_API"), endsWith("/_lambda_"));
            assertEquals("bootstrap", env.get("_HANDLER"));
            assertEquals("amzn1.ask.skill.x", env.get("ALEXA_SKILL_ID"));
            assertFalse(env.containsKey("HOME"));
            assertFalse(env.containsKey("JAVA_TOOL_OPTIONS"));
        }
    }

    @Test
    void jvmFunctionStartsTheRuntimeInterfaceClientWithTheHandlerAndOnlyTheRuntimeOnTheClassPath() throws IOException {
        Path zip = jvmFunctionZip("io/quarkus/runner/ApplicationImpl.class", "lib/quarkus-core.jar");
        LocalLambda lambda = LocalLambda.builder().artifact(zip).javaHome(Path.of("/opt/jdk"))
                .jvmOptions("-XX:TieredStopAtLevel=1").build();

        List<String> command = lambda.command();

        assertEquals("/opt/jdk/bin/java", command.get(0));
        assertEquals("-XX:TieredStopAtLevel=1", command.get(1));
        int classPath = command.indexOf("-cp") + 1;
        assertThat(command.get(classPath), containsString("aws-lambda-java-runtime-interface-client"));
        assertThat(command.get(classPath), not(containsString("lambdarun")));
        assertEquals(List.of("com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                LocalLambda.QUARKUS_HANDLER), command.subList(classPath + 1, command.size()));
    }

    @Test
    void eachJvmFunctionLoadsTheRuntimeClientsNativeLibraryFromAnUnpackedCopyNotFromTmp() throws IOException {
        Path zip = jvmFunctionZip("io/quarkus/runner/ApplicationImpl.class");
        String property = "-D" + LambdaRuntimeClasspath.JNI_LIBRARY_PROPERTY + "=";

        List<String> command = LocalLambda.builder().artifact(zip).build().command();

        String library = command.stream().filter(argument -> argument.startsWith(property)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + property + " in " + command)).substring(property.length());
        assertThat(library, containsString("aws-lambda-java-runtime-interface-client-"));
        try (var original = Class.forName(LambdaRuntimeClasspath.MAIN_CLASS)
                .getResourceAsStream("/jni/" + library.substring(library.indexOf("libaws-lambda-jni.")))) {
            assertArrayEquals(original.readAllBytes(), Files.readAllBytes(Path.of(library)));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void systemPropertiesReachANativeFunctionAsItsArguments() throws IOException {
        Path printing = executable("bootstrap", "#!/bin/bash\necho \"arguments: $*\"\n");
        try (LocalLambda lambda = LocalLambda.builder().artifact(printing).systemProperty("quarkus.log.level", "DEBUG")
                .build().start()) {
            assertEquals(0, lambda.awaitExit(Duration.ofSeconds(30)).orElseThrow());

            assertThat(Files.readString(lambda.logFile()), containsString("arguments: -Dquarkus.log.level=DEBUG"));
        }
    }

    @Test
    void systemPropertiesGoOnTheJavaCommandLineBeforeTheClassPath() throws IOException {
        Path zip = jvmFunctionZip("io/quarkus/runner/ApplicationImpl.class");
        LocalLambda lambda = LocalLambda.builder().artifact(zip).jvmOptions("-XX:TieredStopAtLevel=1")
                .systemProperty("quarkus.log.level", "DEBUG").build();

        List<String> command = lambda.command();

        assertEquals("-XX:TieredStopAtLevel=1", command.get(1));
        assertEquals(List.of("-Dquarkus.log.level=DEBUG", "-cp"),
                command.subList(command.indexOf("-cp") - 1, command.indexOf("-cp") + 1));
    }

    @Test
    void awaitExitSaysHowAProcessThatEndsByItselfEnded() throws IOException {
        try (LocalLambda lambda = LocalLambda.builder().artifact(executable("bootstrap", "#!/bin/bash\nexit 1\n"))
                .build().start()) {
            assertEquals(1, lambda.awaitExit(Duration.ofSeconds(30)).orElseThrow());
        }
    }

    @Test
    void awaitExitIsEmptyForAProcessStillRunning() throws IOException {
        try (LocalLambda lambda = LocalLambda.builder().artifact(executable("bootstrap", "#!/bin/bash\nsleep 30\n"))
                .stopTimeout(Duration.ofSeconds(1)).build().start()) {
            assertTrue(lambda.awaitExit(Duration.ofMillis(100)).isEmpty());
        }
    }

    /** A function.zip holding empty files of these names: enough for a JVM function's command line. */
    private Path jvmFunctionZip(String... entries) throws IOException {
        Path zip = dir.resolve("function.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String entry : entries) {
                out.putNextEntry(new ZipEntry(entry));
                out.closeEntry();
            }
        }
        return zip;
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }
}
