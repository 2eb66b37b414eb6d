package io.github.musicbutler.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The example scripts the documentation points to say only what the interaction model understands: a line lands
 * in {@code AMAZON.FallbackIntent} only where the model lists it as a fallback sample on purpose.
 */
class ExampleScriptsTest {

    private static final Path SCRIPTS = Path.of("src", "tools", "test", "resources", "console");

    static Stream<Path> scripts() throws IOException {
        return Files.list(SCRIPTS).filter(file -> file.getFileName().toString().matches("demo-.+\\.txt")).sorted();
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void everyLineOfAnExampleScriptIsUnderstood(Path script) throws IOException {
        String locale = script.getFileName().toString().replaceAll("demo-(.+)\\.txt", "$1");
        UtteranceResolver resolver = UtteranceResolver.forLocale(locale);
        List<String> fallbackSamples = fallbackSamples(locale);

        List<String> misunderstood = new ArrayList<>();
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            boolean fallback = UtteranceResolver.FALLBACK.equals(resolver.resolve(line).intent());
            if (fallback && !fallbackSamples.contains(Words.phrase(line))) {
                misunderstood.add(line);
            }
        }

        assertEquals(List.of(), misunderstood);
    }

    private static List<String> fallbackSamples(String locale) throws IOException {
        JsonNode model = new ObjectMapper().readTree(UtteranceResolver.MODELS.resolve(locale + ".json").toFile());
        List<String> samples = new ArrayList<>();
        for (JsonNode intent : model.at("/interactionModel/languageModel/intents")) {
            if (intent.path("name").asText().equals(UtteranceResolver.FALLBACK)) {
                intent.path("samples").forEach(sample -> samples.add(Words.phrase(sample.asText())));
            }
        }
        return samples;
    }
}
