package io.github.musicbutler.telemetry;

import static io.github.musicbutler.support.Alexa.ask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same records, from what {@code ./mvnw verify} built ({@code function.zip}, or the native executable), read from
 * its standard output as CloudWatch Logs reads it.
 */
@QuarkusIntegrationTest
class MetricsIT extends MetricsTest {

    @Test
    void onlyTheProcessesFirstInvocationIsAColdStart() {
        ask(AlexaRequest.launch().unlinked());

        List<JsonNode> records = LogCapture.packagedFunctionMetrics();
        assertTrue(records.size() >= 2, records.toString());
        assertEquals(1, records.get(0).path("ColdStart").asInt(), records.get(0).toString());
        assertEquals(1, records.stream().filter(record -> record.path("ColdStart").asInt() == 1).count(),
                records.toString());
    }
}
