package io.github.musicbutler.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.console.Understanding.Entity;
import io.github.musicbutler.console.Understanding.Slot;

/**
 * Turns typed words into what Alexa would send, using nothing but the skill's own interaction model
 * ({@code skill-package/interactionModels/custom/<locale>.json}).
 * <ul>
 * <li>Every sample utterance is a pattern of literal words and slot placeholders; a placeholder takes one or more
 * words. When several samples match, the one with the most literal words wins (then the one whose custom slots
 * matched a known value), as the most specific reading.</li>
 * <li>Custom slot types resolve values and synonyms to the canonical value and id ({@code ER_SUCCESS_MATCH}); other
 * words still fill the slot, unresolved ({@code ER_SUCCESS_NO_MATCH}), as on Alexa. A sample made of slots only
 * ({@code "{playlist}"}) needs a known value, or every sentence would match it.</li>
 * <li>{@code AMAZON.Ordinal} takes ordinals only ("second" → {@code 2}); other built-in types take free text.</li>
 * <li>Built-in intents also understand Alexa's own phrases ("stop", "help"): see {@link BuiltInPhrases}.</li>
 * <li>"open/start music butler" is a launch; "ask music butler …" an intent in a new session. Nothing matched:
 * {@code AMAZON.FallbackIntent}.</li>
 * </ul>
 * Recognition is word for word (apostrophes aside): no stemming, no fuzzy matching. That keeps the console honest
 * about what the model covers.
 */
public final class UtteranceResolver {

    public static final Path MODELS = Path.of("skill-package", "interactionModels", "custom");
    static final String FALLBACK = "AMAZON.FallbackIntent";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String locale;
    private final String invocationName;
    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, List<SlotDefinition>> slotsByIntent = new LinkedHashMap<>();
    private final Map<String, Map<String, Entity>> entitiesByType = new HashMap<>();
    private final List<Pattern> launchPhrases;
    private final List<Pattern> oneShotPhrases;

    private UtteranceResolver(String locale, JsonNode model) {
        this.locale = locale;
        JsonNode languageModel = model.path("interactionModel").path("languageModel");
        this.invocationName = Words.phrase(languageModel.path("invocationName").asText());
        for (JsonNode type : languageModel.path("types")) {
            Map<String, Entity> entities = new HashMap<>();
            for (JsonNode value : type.path("values")) {
                JsonNode name = value.path("name");
                Entity entity = new Entity(value.path("id").asText(name.path("value").asText()),
                        name.path("value").asText());
                entities.put(Words.phrase(entity.name()), entity);
                name.path("synonyms").forEach(synonym -> entities.putIfAbsent(Words.phrase(synonym.asText()), entity));
            }
            entitiesByType.put(type.path("name").asText(), entities);
        }
        int order = 0;
        for (JsonNode intent : languageModel.path("intents")) {
            String name = intent.path("name").asText();
            List<SlotDefinition> slots = new ArrayList<>();
            intent.path("slots").forEach(slot -> slots.add(
                    new SlotDefinition(slot.path("name").asText(), slot.path("type").asText())));
            slotsByIntent.put(name, slots);
            for (JsonNode sample : intent.path("samples")) {
                samples.add(new Sample(name, Words.of(sample.asText()), order++));
            }
            for (String phrase : BuiltInPhrases.of(locale, name)) {
                samples.add(new Sample(name, Words.of(phrase), order++));
            }
        }
        this.launchPhrases = BuiltInPhrases.launch(locale, Pattern.quote(invocationName));
        this.oneShotPhrases = BuiltInPhrases.oneShot(locale, Pattern.quote(invocationName));
    }

    /** The resolver for a locale's model in {@code models} (a directory of {@code <locale>.json} files). */
    public static UtteranceResolver forLocale(Path models, String locale) {
        Path file = models.resolve(locale + ".json");
        try {
            return new UtteranceResolver(locale, JSON.readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the interaction model " + file, e);
        }
    }

    public static UtteranceResolver forLocale(String locale) {
        return forLocale(MODELS, locale);
    }

    public String locale() {
        return locale;
    }

    public String invocationName() {
        return invocationName;
    }

    /** The intents of the model with their slot names and types, in model order. */
    Map<String, List<SlotDefinition>> intents() {
        return slotsByIntent;
    }

    Map<String, Entity> entities(String slotType) {
        return entitiesByType.getOrDefault(slotType, Map.of());
    }

    /** What Alexa would make of {@code utterance}, typed as it would be said. */
    public Understanding resolve(String utterance) {
        String words = Words.phrase(utterance);
        if (words.startsWith("alexa ")) {
            words = words.substring("alexa ".length());
        }
        for (Pattern launch : launchPhrases) {
            if (launch.matcher(words).matches()) {
                return Understanding.launch();
            }
        }
        for (Pattern oneShot : oneShotPhrases) {
            Matcher matcher = oneShot.matcher(words);
            if (matcher.matches()) {
                return resolveIntent(matcher.group("request")).asInvoked();
            }
        }
        return resolveIntent(words);
    }

    private Understanding resolveIntent(String phrase) {
        List<String> words = Words.of(phrase);
        return samples.stream()
                .flatMap(sample -> readings(sample, words).stream())
                .max(Comparator.comparingInt(Reading::literalWords)
                        .thenComparingInt(Reading::resolvedSlots)
                        .thenComparing(Comparator.comparingInt(Reading::order).reversed()))
                .map(Reading::understanding)
                .orElseGet(() -> Understanding.intent(FALLBACK, List.of()));
    }

    private List<Reading> readings(Sample sample, List<String> words) {
        List<Map<String, String>> captures = new ArrayList<>();
        capture(sample.tokens(), 0, words, 0, new LinkedHashMap<>(), captures);
        List<Reading> readings = new ArrayList<>();
        for (Map<String, String> capture : captures) {
            reading(sample, capture).ifPresent(readings::add);
        }
        return readings;
    }

    /** Every way the sample's placeholders can take the words between its literal words. */
    private static void capture(List<String> tokens, int token, List<String> words, int word,
            Map<String, String> captured, List<Map<String, String>> results) {
        if (token == tokens.size()) {
            if (word == words.size()) {
                results.add(new LinkedHashMap<>(captured));
            }
            return;
        }
        String current = tokens.get(token);
        if (!isPlaceholder(current)) {
            if (word < words.size() && sameWord(words.get(word), current)) {
                capture(tokens, token + 1, words, word + 1, captured, results);
            }
            return;
        }
        String slot = current.substring(1, current.length() - 1);
        for (int end = word + 1; end <= words.size(); end++) {
            captured.put(slot, String.join(" ", words.subList(word, end)));
            capture(tokens, token + 1, words, end, captured, results);
            captured.remove(slot);
        }
    }

    private Optional<Reading> reading(Sample sample, Map<String, String> captured) {
        List<SlotDefinition> definitions = slotsByIntent.getOrDefault(sample.intent(), List.of());
        List<Slot> slots = new ArrayList<>();
        int resolved = 0;
        for (SlotDefinition definition : definitions) {
            String value = captured.get(definition.name());
            if (value == null) {
                slots.add(Slot.empty(definition.name(), definition.type()));
                continue;
            }
            Optional<Slot> slot = fill(definition, value, sample.literalWords() == 0);
            if (slot.isEmpty()) {
                return Optional.empty();
            }
            if (slot.get().entity().isPresent()) {
                resolved++;
            }
            slots.add(slot.get());
        }
        return Optional.of(new Reading(Understanding.intent(sample.intent(), slots), sample.literalWords(), resolved,
                sample.order()));
    }

    private Optional<Slot> fill(SlotDefinition definition, String value, boolean slotsOnlySample) {
        String type = definition.type();
        if (type.equals("AMAZON.Ordinal")) {
            return Ordinals.value(value).map(digits -> new Slot(definition.name(), type, digits, Optional.empty()));
        }
        if (type.startsWith("AMAZON.")) {
            return Optional.of(new Slot(definition.name(), type, value, Optional.empty()));
        }
        Optional<Entity> entity = Optional.ofNullable(entities(type).get(value));
        if (entity.isEmpty() && slotsOnlySample) {
            return Optional.empty();
        }
        return Optional.of(new Slot(definition.name(), type, value, entity));
    }

    /** Typed text often lacks apostrophes ("whats playing"); speech has none to lose, so they do not count. */
    private static boolean sameWord(String typed, String literal) {
        return typed.replace("'", "").equals(literal.replace("'", ""));
    }

    private static boolean isPlaceholder(String token) {
        return token.startsWith("{") && token.endsWith("}");
    }

    record SlotDefinition(String name, String type) {
    }

    private record Sample(String intent, List<String> tokens, int order) {

        int literalWords() {
            return (int) tokens.stream().filter(token -> !isPlaceholder(token)).count();
        }
    }

    private record Reading(Understanding understanding, int literalWords, int resolvedSlots, int order) {
    }
}
