package io.github.musicbutler.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@code Intent} dimension knows exactly the interaction models' intents: a new intent is counted by its name. */
class ModelIntentsTest {

    @Test
    void knownIntentsAreTheInteractionModelsIntents() throws IOException {
        Set<String> modelled = new TreeSet<>();
        try (var models = Files.list(Path.of("skill-package/interactionModels/custom"))) {
            for (Path model : models.filter(path -> path.toString().endsWith(".json")).toList()) {
                new ObjectMapper().readTree(model.toFile()).path("interactionModel").path("languageModel")
                        .path("intents").forEach(intent -> modelled.add(intent.path("name").asText()));
            }
        }

        assertEquals(modelled, new TreeSet<>(ModelIntents.NAMES),
                "add new intents to telemetry.ModelIntents, or they are counted as Other");
    }
}
