package io.github.musicbutler.telemetry;

import static io.github.musicbutler.support.Alexa.ask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.support.AlexaRequest;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same records, from what {@code ./mvnw verify} built ({@code function.zip}, or the native executable), read from
 * its output as CloudWatch Logs reads it.
 */
@QuarkusIntegrationTest
class MetricsIT extends MetricsTest {

    @Test
    void onlyTheProcessesFirstInvocationIsAColdStart() throws Exception {
        ask(AlexaRequest.launch().unlinked());

        ObjectMapper json = new ObjectMapper();
        // the launcher writes the function's output there, from the process' start
        List<JsonNode> records = Files.readAllLines(Path.of("target", "quarkus.log")).stream()
                .filter(line -> line.startsWith("{") && line.contains("\"_aws\""))
                .map(line -> {
                    try {
                        return json.readTree(line);
                    } catch (Exception e) {
                        throw new AssertionError(line, e);
                    }
                }).toList();
        assertTrue(records.size() >= 2, records.toString());
        assertEquals(1, records.get(0).path("ColdStart").asInt(), records.get(0).toString());
        assertEquals(1, records.stream().filter(record -> record.path("ColdStart").asInt() == 1).count(),
                records.toString());
    }
}
