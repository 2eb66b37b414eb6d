package io.github.musicbutler.coldstart.aws;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The AWS script against a fake AWS CLI that answers as the real one does. */
class AwsColdStartTest {

    private static final String SECRET = "spotify-client-secret-value";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    /** Plays the AWS CLI and a deployed function: cold after each configuration update, warm after that. */
    private final class FakeAws implements Aws {

        final List<List<String>> commands = new ArrayList<>();
        final List<Map<String, String>> environments = new ArrayList<>();
        final List<Boolean> requestFileReadableByOthers = new ArrayList<>();
        String payload;
        boolean functionFails;
        private boolean cold = true;
        private boolean snapshot;

        @Override
        public String run(List<String> arguments) {
            commands.add(arguments);
            return switch (arguments.get(1)) {
                case "get-function-configuration" -> """
                        {"FunctionName":"music-butler","Runtime":"java21","MemorySize":512,
                         "Environment":{"Variables":{"ALEXA_SKILL_ID":"amzn1.ask.skill.real-one",
                         "SPOTIFY_CLIENT_SECRET":"%s"}}}""".formatted(SECRET);
                case "update-function-configuration" -> {
                    environments.add(variablesIn(Path.of(arguments.get(3).substring("file://".length()))));
                    cold = true;
                    yield "{}";
                }
                case "publish-version" -> {
                    snapshot = true;
                    yield "{\"Version\":\"7\"}";
                }
                case "invoke" -> invoke(arguments);
                default -> "";
            };
        }

        private Map<String, String> variablesIn(Path request) {
            try {
                requestFileReadableByOthers.add(!Files.getPosixFilePermissions(request).stream()
                        .allMatch(permission -> permission.name().startsWith("OWNER")));
                Map<String, Object> body = JSON.readValue(request.toFile(), new TypeReference<>() {
                });
                @SuppressWarnings("unchecked")
                Map<String, String> variables = (Map<String, String>) ((Map<String, Object>) body.get("Environment"))
                        .get("Variables");
                return variables;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String invoke(List<String> arguments) {
            try {
                payload = Files.readString(Path.of(arguments.get(arguments.indexOf("--payload") + 1)
                        .substring("fileb://".length())));
                Files.writeString(Path.of(arguments.getLast()), functionFails
                        ? "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.IllegalStateException\"}"
                        : "{\"version\":\"1.0\",\"response\":{\"outputSpeech\":{\"type\":\"SSML\"}}}");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String report = !cold ? ReportLineTest.WARM
                    : snapshot ? ReportLineTest.SNAPSTART_RESTORE : ReportLineTest.ON_DEMAND_JVM_COLD;
            cold = false;
            String tail = "START RequestId: r Version: $LATEST\nEND RequestId: r\n" + report + "\n";
            return "{\"StatusCode\":200," + (functionFails ? "\"FunctionError\":\"Unhandled\"," : "")
                    + "\"LogResult\":\"" + Base64.getEncoder().encodeToString(tail.getBytes(StandardCharsets.UTF_8))
                    + "\",\"ExecutedVersion\":\"$LATEST\"}";
        }

        List<String> subcommands() {
            return commands.stream().map(command -> String.join(" ", command.subList(0, 2)))
                    .toList();
        }
    }

    private final FakeAws aws = new FakeAws();
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    private AwsColdStart.Results run(boolean snapstart, int runs) {
        return new AwsColdStart(aws, "music-butler", snapstart, runs, work,
                new PrintStream(progress, true, StandardCharsets.UTF_8)).run();
    }

    @Test
    void eachRunChangesTheNonceAndKeepsTheFunctionsOwnVariables() {
        run(false, 2);

        assertEquals(SECRET, aws.environments.get(0).get("SPOTIFY_CLIENT_SECRET"));
        assertEquals("amzn1.ask.skill.real-one", aws.environments.get(1).get("ALEXA_SKILL_ID"));
        assertTrue(aws.environments.get(0).containsKey(AwsColdStart.NONCE));
        assertFalse(aws.environments.get(0).get(AwsColdStart.NONCE).equals(aws.environments.get(1).get(AwsColdStart.NONCE)));
    }

    @Test
    void everyUpdateIsAwaitedBeforeTheFunctionIsInvoked() {
        run(false, 1);

        assertEquals(List.of("lambda get-function-configuration", "lambda update-function-configuration",
                "lambda wait", "lambda invoke", "lambda invoke", "lambda update-function-configuration", "lambda wait"),
                aws.subcommands());
        assertThat(aws.commands.get(2), hasItem("function-updated"));
        assertThat(aws.commands.get(3), hasItem("Tail"));
    }

    @Test
    void theFunctionsOwnEnvironmentIsRestoredAtTheEnd() {
        run(false, 2);

        assertEquals(Map.of("ALEXA_SKILL_ID", "amzn1.ask.skill.real-one", "SPOTIFY_CLIENT_SECRET", SECRET),
                aws.environments.getLast());
    }

    @Test
    void environmentIsRestoredEvenWhenTheFunctionFails() {
        aws.functionFails = true;

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> run(false, 3));

        assertThat(failure.getMessage(), containsString("boom"));
        assertFalse(aws.environments.getLast().containsKey(AwsColdStart.NONCE));
    }

    @Test
    void secretsTravelInAFileOnlyTheOwnerCanReadAndNeverOnACommandLine() {
        run(false, 1);

        aws.commands.forEach(command -> assertThat(String.join(" ", command), not(containsString(SECRET))));
        assertEquals(List.of(false, false), aws.requestFileReadableByOthers);
        assertFalse(Files.exists(work.resolve("update-function-configuration.json")));
    }

    @Test
    void launchRequestIsAddressedToTheDeployedSkill() {
        run(false, 1);

        assertThat(aws.payload, containsString("\"applicationId\":\"amzn1.ask.skill.real-one\""));
        assertThat(aws.payload, containsString("\"type\":\"LaunchRequest\""));
    }

    @Test
    void coldAndWarmReportLinesAreRead() {
        AwsColdStart.Results results = run(false, 2);

        assertEquals(2, results.runs().size());
        assertEquals(1876.21, results.runs().get(1).cold().initDurationMs().getAsDouble());
        assertFalse(results.runs().get(1).warm().isColdStart());
        assertEquals("java21", results.runtime());
        assertEquals(512, results.memorySizeMb());
    }

    @Test
    void snapStartPublishesInvokesAndDeletesAVersionPerRun() {
        AwsColdStart.Results results = run(true, 1);

        assertThat(aws.subcommands(), hasItem("lambda publish-version"));
        assertThat(aws.commands.stream().filter(command -> command.get(1).equals("invoke")).toList().getFirst(),
                hasItem("7"));
        assertEquals(List.of("lambda", "delete-function", "--function-name", "music-butler", "--qualifier", "7"),
                aws.commands.get(aws.commands.size() - 3));
        assertEquals(311.87, results.runs().getFirst().cold().restoreDurationMs().getAsDouble());
    }

    @Test
    void reportSummarisesEachFigureAndIsWritten() throws IOException {
        AwsColdStart.Results results = run(false, 3);

        String table = AwsColdStart.markdown(results);
        assertThat(table, containsString("| Init Duration (cold) | 1876 | 1876 | 1876 | 1876 |"));
        assertThat(table, containsString("| Init or restore + first Duration (what Alexa waits) | 2289 |"));
        assertThat(table, containsString("| Duration, second (warm) invocation | 3 |"));
        assertThat(table, not(containsString("Restore Duration")));
        assertEquals(table, Files.readString(work.resolve("report.md")));
        assertTrue(Files.readString(work.resolve("results.json")).contains("\"initDurationMs\" : 1876.21"));
    }
}
