package io.github.musicbutler.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The slots each locale's interaction model lets the skill ask for: those of its dialog model with samples. Alexa
 * refuses a {@code Dialog.ElicitSlot} for a slot outside the dialog model, and without samples a bare answer is not
 * heard as the slot, so {@link Alexa#ask} holds every answer of every test to it, and a feature that asks for a new
 * slot fails its own tests until the model has it.
 */
final class DialogModel {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Set<String>> SLOTS = new ConcurrentHashMap<>();

    private DialogModel() {
    }

    /** What is wrong with the slot an answer asks for, if anything: the request's locale and the answer's JSON. */
    static Optional<String> problem(String requestJson, String answerJson) {
        JsonNode request;
        JsonNode answer;
        try {
            request = JSON.readTree(requestJson);
            answer = JSON.readTree(answerJson);
        } catch (IOException e) {
            return Optional.empty(); // not JSON: the test says so itself
        }
        String locale = request.path("request").path("locale").asText("en-US");
        for (JsonNode directive : answer.path("response").path("directives")) {
            if (directive.path("type").asText().equals("Dialog.ElicitSlot")) {
                String slot = directive.path("updatedIntent").path("name").asText() + "."
                        + directive.path("slotToElicit").asText();
                if (!slots(locale).contains(slot)) {
                    return Optional.of("the skill asks for " + slot + " (Dialog.ElicitSlot), which is not a slot"
                            + " with samples in the dialog model of skill-package/interactionModels/custom/" + locale
                            + ".json: add the slot to interactionModel.dialog.intents with empty prompts, and give it"
                            + " samples with the bare answer (docs/adding-an-intent.md)");
                }
            }
        }
        return Optional.empty();
    }

    private static Set<String> slots(String locale) {
        return SLOTS.computeIfAbsent(locale, l -> {
            Path model = Path.of("skill-package/interactionModels/custom/" + l + ".json");
            if (!Files.exists(model)) {
                return Set.of(); // a locale the skill does not offer: no slot may be asked for
            }
            try {
                JsonNode interaction = JSON.readTree(Files.readString(model)).path("interactionModel");
                Set<String> dialog = new TreeSet<>();
                interaction.path("dialog").path("intents").forEach(intent -> intent.path("slots").forEach(
                        slot -> dialog.add(intent.path("name").asText() + "." + slot.path("name").asText())));
                Set<String> slots = new TreeSet<>();
                interaction.path("languageModel").path("intents").forEach(intent -> intent.path("slots").forEach(slot -> {
                    String name = intent.path("name").asText() + "." + slot.path("name").asText();
                    if (slot.path("samples").size() > 0 && dialog.contains(name)) {
                        slots.add(name);
                    }
                }));
                return slots;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
