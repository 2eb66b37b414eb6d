package io.github.musicbutler.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.skill.AnsweredIntents;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.arc.All;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The rules the Alexa model build enforces, checked before a deployment finds out: slots referenced by sample
 * utterances are declared, custom slot types exist, no utterance is claimed by two intents, no digits or stray
 * punctuation. And every published locale (the manifest's, {@code SkillLocales}) offers the same intents, so no feature exists in one language only; the
 * intents and slots the code names ({@code skill.Intents}) are exactly the models', and so are the intents the handler
 * beans declare. Each failure says what to add where.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class InteractionModelTest {

    @Inject
    @All
    List<IntentHandler> handlers;

    @Inject
    AnsweredIntents answered;

    private static final Pattern SLOT = Pattern.compile("\\{([^}]+)}");
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}' .{}]+");

    private static JsonNode languageModel(String locale) throws IOException {
        return new ObjectMapper().readTree(Files.readString(
                Path.of("skill-package/interactionModels/custom/" + locale + ".json"))).path("interactionModel").path("languageModel");
    }

    private static Set<String> intents(String locale) throws IOException {
        Set<String> names = new TreeSet<>();
        languageModel(locale).path("intents").forEach(intent -> names.add(intent.path("name").asText()));
        return names;
    }

    @ParameterizedTest
    @MethodSource("io.github.musicbutler.support.SkillLocales#allButAmericanEnglish")
    void everyLocaleOffersTheSameIntentsAsAmericanEnglish(String locale) throws IOException {
        assertEquals(intents("en-US"), intents(locale));
    }

    @ParameterizedTest
    @MethodSource("io.github.musicbutler.support.SkillLocales#all")
    void utterancesOnlyUseDeclaredSlots(String locale) throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode intent : languageModel(locale).path("intents")) {
            Set<String> declared = new HashSet<>();
            intent.path("slots").forEach(slot -> declared.add(slot.path("name").asText()));
            for (JsonNode sample : intent.path("samples")) {
                Matcher slot = SLOT.matcher(sample.asText());
                while (slot.find()) {
                    if (!declared.contains(slot.group(1))) {
                        problems.add(intent.path("name").asText() + ": '" + sample.asText() + "'");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @MethodSource("io.github.musicbutler.support.SkillLocales#all")
    void customSlotTypesAreDefined(String locale) throws IOException {
        Set<String> defined = new HashSet<>();
        languageModel(locale).path("types").forEach(type -> defined.add(type.path("name").asText()));
        List<String> missing = new ArrayList<>();
        for (JsonNode intent : languageModel(locale).path("intents")) {
            for (JsonNode slot : intent.path("slots")) {
                String type = slot.path("type").asText();
                if (!type.startsWith("AMAZON.") && !defined.contains(type)) {
                    missing.add(intent.path("name").asText() + "." + slot.path("name").asText() + ": " + type);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @ParameterizedTest
    @MethodSource("io.github.musicbutler.support.SkillLocales#all")
    void noUtteranceBelongsToTwoIntents(String locale) throws IOException {
        Set<String> seen = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (JsonNode intent : languageModel(locale).path("intents")) {
            for (JsonNode sample : intent.path("samples")) {
                String normalized = sample.asText().toLowerCase(java.util.Locale.ROOT).strip();
                if (!seen.add(normalized)) {
                    duplicates.add(intent.path("name").asText() + ": '" + sample.asText() + "'");
                }
            }
        }
        assertEquals(List.of(), duplicates);
    }

    @ParameterizedTest
    @MethodSource("io.github.musicbutler.support.SkillLocales#all")
    void utterancesHaveNoDigitsOrPunctuation(String locale) throws IOException {
        List<String> invalid = new ArrayList<>();
        for (JsonNode intent : languageModel(locale).path("intents")) {
            for (JsonNode sample : intent.path("samples")) {
                if (!ALLOWED.matcher(sample.asText()).matches()) {
                    invalid.add(intent.path("name").asText() + ": '" + sample.asText() + "'");
                }
            }
        }
        assertEquals(List.of(), invalid);
    }

    /** The intents the code names ({@code skill.Intents}): its constants, by the Java name handlers use for each. */
    private static Map<String, String> intentConstants() throws ReflectiveOperationException {
        Map<String, String> byJavaName = new TreeMap<>();
        for (Field field : Intents.class.getFields()) {
            if (field.getType() == String.class) {
                byJavaName.put("Intents." + field.getName(), (String) field.get(null));
            }
        }
        for (Class<?> intent : Intents.class.getClasses()) {
            byJavaName.put("Intents." + intent.getSimpleName() + ".NAME", (String) intent.getField("NAME").get(null));
        }
        return byJavaName;
    }

    @ParameterizedTest
    @MethodSource("io.github.musicbutler.support.SkillLocales#all")
    void theIntentsTheCodeNamesAreExactlyTheIntentsOfTheModel(String locale) throws Exception {
        Set<String> constants = new TreeSet<>(intentConstants().values());
        List<String> problems = new ArrayList<>();
        for (String intent : intents(locale)) {
            if (!constants.contains(intent)) {
                problems.add("intent " + intent + " is in " + locale + ".json but not in skill/Intents.java: add a"
                        + " constant for it there (a nested class with NAME = \"" + intent + "\" and a constant per"
                        + " slot; an intent without slots is one String constant)");
            }
        }
        for (String intent : constants) {
            if (!intents(locale).contains(intent)) {
                problems.add("skill/Intents.java names " + intent + ", which " + locale + ".json does not have: add"
                        + " the intent with its samples to skill-package/interactionModels/custom/" + locale + ".json");
            }
        }
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
    }

    /**
     * What the handlers declare ({@link IntentHandler#intents()}) is the skill's list of intents: the metrics count
     * any other as {@code Other} ({@link AnsweredIntents}), so it must be exactly the model's.
     */
    @ParameterizedTest
    @MethodSource("io.github.musicbutler.support.SkillLocales#all")
    void theHandlersAnswerExactlyTheIntentsOfTheModel(String locale) throws Exception {
        Set<String> model = intents(locale);
        List<String> problems = new ArrayList<>();
        for (String intent : model) {
            if (handlers.stream().noneMatch(handler -> handler.intents().contains(intent))) {
                problems.add("intent " + intent + " is in " + locale + ".json but no handler declares it: add a handler"
                        + " class to the capability's package, a @Singleton with @Priority(HandlerPriority.SPECIFIC)"
                        + " implementing IntentHandler, whose intents() returns " + constantOf(intent)
                        + " (docs/adding-an-intent.md)");
            }
        }
        for (IntentHandler handler : handlers) {
            for (String intent : handler.intents()) {
                if (!model.contains(intent)) {
                    problems.add(ClientProxy.unwrap(handler).getClass().getSimpleName() + " declares " + intent
                            + ", which " + locale + ".json does not have: add the intent with its samples to"
                            + " skill-package/interactionModels/custom/" + locale + ".json");
                }
            }
        }
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
        assertEquals(model, new TreeSet<>(answered.names()), "the intents the metrics count by name");
    }

    private static String constantOf(String intent) throws ReflectiveOperationException {
        return intentConstants().entrySet().stream().filter(constant -> constant.getValue().equals(intent))
                .map(Map.Entry::getKey).findFirst().orElse("a new constant in skill/Intents.java");
    }

    @ParameterizedTest
    @MethodSource("io.github.musicbutler.support.SkillLocales#all")
    void theSlotsTheCodeNamesAreExactlyTheSlotsOfTheirIntents(String locale) throws Exception {
        Map<String, Set<String>> model = new TreeMap<>();
        languageModel(locale).path("intents").forEach(intent -> {
            Set<String> slots = new TreeSet<>();
            intent.path("slots").forEach(slot -> slots.add(slot.path("name").asText()));
            model.put(intent.path("name").asText(), slots);
        });
        Map<String, Set<String>> code = new TreeMap<>();
        for (String intent : intentConstants().values()) {
            code.put(intent, new TreeSet<>());
        }
        for (Class<?> intent : Intents.class.getClasses()) {
            Set<String> slots = code.get((String) intent.getField("NAME").get(null));
            for (Field field : intent.getFields()) {
                if (!field.getName().equals("NAME")) {
                    slots.add((String) field.get(null));
                }
            }
        }
        assertEquals(model, code);
    }

    @ParameterizedTest
    @MethodSource("io.github.musicbutler.support.SkillLocales#all")
    void invocationNameIsLowerCaseWords(String locale) throws IOException {
        String invocation = languageModel(locale).path("invocationName").asText();
        assertTrue(invocation.matches("[a-zäöü]+( [a-zäöü]+)+"), invocation);
    }

    @ParameterizedTest
    @MethodSource("io.github.musicbutler.support.SkillLocales#all")
    void slotSamplesAnswerWithTheirOwnSlotAlone(String locale) throws IOException {
        List<String> problems = new ArrayList<>();
        for (JsonNode intent : languageModel(locale).path("intents")) {
            for (JsonNode slot : intent.path("slots")) {
                String own = "{" + slot.path("name").asText() + "}";
                boolean bare = false;
                for (JsonNode sample : slot.path("samples")) {
                    Matcher slots = SLOT.matcher(sample.asText());
                    while (slots.find()) {
                        if (!slots.group().equals(own)) {
                            problems.add(intent.path("name").asText() + "." + own + ": '" + sample.asText() + "'");
                        }
                    }
                    bare |= sample.asText().equals(own);
                    if (!ALLOWED.matcher(sample.asText()).matches()) {
                        problems.add(intent.path("name").asText() + "." + own + ": '" + sample.asText() + "'");
                    }
                }
                if (slot.has("samples") && !bare) {
                    problems.add(intent.path("name").asText() + "." + own + " has no bare answer " + own);
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /**
     * The slots the skill may ask for with Dialog.ElicitSlot ("What else should I search for?", "Which playlist?",
     * "Your devices are …"): Alexa accepts the directive only for slots of the dialog model, and a bare answer lands
     * in the slot only with the slot's samples, so a slot with samples is one of the dialog model. That the skill
     * asks only for slots with both is checked on every answer of every feature test ({@code support.DialogModel}).
     */
    @ParameterizedTest
    @MethodSource("io.github.musicbutler.support.SkillLocales#all")
    void everySlotWithSamplesIsInTheDialogModel(String locale) throws IOException {
        JsonNode model = new ObjectMapper().readTree(Files.readString(
                Path.of("skill-package/interactionModels/custom/" + locale + ".json"))).path("interactionModel");
        Set<String> dialog = new TreeSet<>();
        model.path("dialog").path("intents").forEach(intent -> intent.path("slots")
                .forEach(slot -> dialog.add(intent.path("name").asText() + "." + slot.path("name").asText())));
        Set<String> withSamples = new TreeSet<>();
        model.path("languageModel").path("intents").forEach(intent -> intent.path("slots").forEach(slot -> {
            if (slot.path("samples").size() > 0) {
                withSamples.add(intent.path("name").asText() + "." + slot.path("name").asText());
            }
        }));
        List<String> problems = new ArrayList<>();
        withSamples.stream().filter(slot -> !dialog.contains(slot)).forEach(slot -> problems.add(slot + " has samples"
                + " in " + locale + ".json but is not in its dialog model: add it to interactionModel.dialog.intents"
                + " with empty prompts"));
        assertEquals(List.of(), problems, () -> String.join("\n", problems));
        assertEquals("SKILL_RESPONSE", model.path("dialog").path("delegationStrategy").asText());
    }

    /** One name per language: the store's name, the name on every card, and the invocation name agree. */
    @ParameterizedTest
    @MethodSource("io.github.musicbutler.support.SkillLocales#all")
    void theSkillHasOneNamePerLocale(String locale) throws IOException {
        String stored = new ObjectMapper().readTree(Files.readString(Path.of("skill-package/skill.json")))
                .at("/manifest/publishingInformation/locales/" + locale + "/name").asText();
        java.util.Properties speech = new java.util.Properties();
        // The language's own texts name the skill; English is the base file.
        Path own = Path.of("src/main/resources/messages", "speech_" + locale.substring(0, 2) + ".properties");
        Path file = Files.exists(own) ? own : Path.of("src/main/resources/messages", "speech.properties");
        try (var in = Files.newBufferedReader(file)) {
            speech.load(in);
        }
        assertEquals(stored, speech.getProperty("card.title"));
        assertEquals(stored.toLowerCase(java.util.Locale.ROOT), languageModel(locale).path("invocationName").asText());
        assertTrue(speech.getProperty("welcome.greeting").contains(stored), speech.getProperty("welcome.greeting"));
    }
}
