package io.github.musicbutler.skill;

import static io.github.musicbutler.support.Alexa.ask;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.support.AlexaRequest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same behaviour, from what {@code ./mvnw verify} built ({@code function.zip}, or the native executable), at the
 * log level it is deployed with: no token or id in its output, and its output is what CloudWatch reads.
 */
@QuarkusIntegrationTest
class RequestLogIT extends RequestLogTest {

    @Test
    void packagedFunctionWritesOneJsonObjectPerLine() throws Exception {
        ask(AlexaRequest.launch());

        List<String> lines = log.written().lines().toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertTrue(new ObjectMapper().readTree(line).isObject(), line);
        }
    }

    /**
     * What CloudWatch reads is the console's JSON, with the keys {@code quarkus.log.console.json.excluded-keys} leaves
     * out (Quarkus' file log, which its own test launchers read, would carry them).
     */
    @Test
    void noLineCarriesTheKeysTheConsoleLeavesOut() throws Exception {
        ask(AlexaRequest.launch());

        List<String> lines = log.written().lines().toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            JsonNode record = new ObjectMapper().readTree(line);
            for (String key : List.of("hostName", "processName", "processId", "sequence", "loggerClassName", "ndc",
                    "threadId")) {
                assertFalse(record.has(key), key + " in " + line);
            }
        }
    }
}
