package io.github.musicbutler.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * <li>Amazon's slot types as Alexa fills them ({@link BuiltInSlotTypes}): {@code AMAZON.Ordinal} and
 * {@code AMAZON.NUMBER} take only what becomes digits ("second" → {@code 2}, "twenty five" → {@code 25}); others
 * take the words as said.</li>
 * <li>Built-in intents also understand Alexa's own phrases ("stop", "help"), and "open/start music butler" is a
 * launch, "ask music butler …" an intent in a new session, as the locale's language says them
 * ({@link ConsoleLanguage}). Nothing matched: {@code AMAZON.FallbackIntent}.</li>
 * </ul>
 * Recognition is word for word (apostrophes aside): no stemming, no fuzzy matching. That keeps the console honest
 * about what the model covers.
 */
public final class UtteranceResolver {

    public static final Path MODELS = Path.of("skill-package", "interactionModels", "custom");
    static final String FALLBACK = "AMAZON.FallbackIntent";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, UtteranceResolver> PUBLISHED = new ConcurrentHashMap<>();

    private final String locale;
    private final String invocationName;
    private final List<Sample> samples = new ArrayList<>();
    private final Map<String, List<SlotDefinition>> slotsByIntent = new LinkedHashMap<>();
    private final Map<String, Map<String, Entity>> entitiesByType = new HashMap<>();
    /** The answers people give when asked for one slot ({@code Dialog.ElicitSlot}), by "intent/slot". */
    private final Map<String, List<Sample>> slotSamples = new HashMap<>();
    private final List<Pattern> launchPhrases;
    private final List<Pattern> oneShotPhrases;
    private final String opening;

    private UtteranceResolver(String locale, JsonNode model) {
        this.locale = locale;
        ConsoleLanguage language = ConsoleLanguage.of(locale);
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
            for (JsonNode slot : intent.path("slots")) {
                slots.add(new SlotDefinition(slot.path("name").asText(), slot.path("type").asText()));
                for (JsonNode sample : slot.path("samples")) {
                    slotSamples.computeIfAbsent(name + "/" + slot.path("name").asText(), key -> new ArrayList<>())
                            .add(new Sample(name, Words.of(sample.asText()), order++));
                }
            }
            slotsByIntent.put(name, slots);
            for (JsonNode sample : intent.path("samples")) {
                samples.add(new Sample(name, Words.of(sample.asText()), order++));
            }
            for (String phrase : language.phrases(name)) {
                samples.add(new Sample(name, Words.of(phrase), order++));
            }
        }
        this.launchPhrases = List.of(language.launch(Pattern.quote(invocationName)));
        this.oneShotPhrases = List.of(language.oneShot(Pattern.quote(invocationName)));
        this.opening = language.opening(invocationName);
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

    /**
     * The resolver for a published locale's model. Read once per locale: a resolver does not change, and tests
     * ask for the same locale thousands of times.
     */
    public static UtteranceResolver forLocale(String locale) {
        return PUBLISHED.computeIfAbsent(locale, published -> forLocale(MODELS, published));
    }

    public String locale() {
        return locale;
    }

    public String invocationName() {
        return invocationName;
    }

    /** The plainest words that open the skill in this locale ("open music butler", "öffne musik butler"). */
    public String opening() {
        return opening;
    }

    /** The intents of the model with their slot names and types, in model order. */
    Map<String, List<SlotDefinition>> intents() {
        return Collections.unmodifiableMap(slotsByIntent);
    }

    /** The samples of an intent as the console reads them (lower case, placeholders as {@code {slot}}), in order. */
    List<String> samples(String intent) {
        return samples.stream().filter(sample -> sample.intent().equals(intent))
                .map(sample -> String.join(" ", sample.tokens())).toList();
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

    /**
     * What Alexa would make of {@code utterance} while the skill waits for one slot ({@code Dialog.ElicitSlot}):
     * words that fit the slot's samples ("queen", "the kitchen speaker") fill it, the intent's other slots keep
     * their values; a request in words of its own ("what are my playlists", "stop") still goes to its intent.
     */
    public Understanding resolve(String utterance, Elicited waiting) {
        if (waiting == null) {
            return resolve(utterance);
        }
        String words = Words.phrase(utterance);
        if (words.startsWith("alexa ")) {
            words = words.substring("alexa ".length());
        }
        List<String> said = Words.of(words);
        if (launchPhrases.stream().anyMatch(p -> p.matcher(Words.phrase(utterance)).matches())
                || oneShotPhrases.stream().anyMatch(p -> p.matcher(Words.phrase(utterance)).matches())) {
            return resolve(utterance);
        }
        List<String> keys = keys(said);
        Optional<Reading> general = best(samples.stream()
                .flatMap(sample -> readings(sample, said, keys, Map.of(), true).stream()));
        Optional<Reading> answer = best(slotSamples.getOrDefault(waiting.intent() + "/" + waiting.slot(), List.of())
                .stream().flatMap(sample -> readings(sample, said, keys, waiting.filled(), false).stream()));
        if (answer.isPresent() && (general.isEmpty() || general.get().literalWords() <= answer.get().literalWords())) {
            return answer.get().understanding();
        }
        return general.map(Reading::understanding).orElseGet(() -> Understanding.intent(FALLBACK, List.of()));
    }

    private Understanding resolveIntent(String phrase) {
        List<String> words = Words.of(phrase);
        List<String> keys = keys(words);
        return best(samples.stream().flatMap(sample -> readings(sample, words, keys, Map.of(), true).stream()))
                .map(Reading::understanding)
                .orElseGet(() -> Understanding.intent(FALLBACK, List.of()));
    }

    private static Optional<Reading> best(java.util.stream.Stream<Reading> readings) {
        return readings.max(Comparator.comparingInt(Reading::literalWords)
                .thenComparingInt(Reading::resolvedSlots)
                .thenComparing(Comparator.comparingInt(Reading::order).reversed()));
    }

    /**
     * @param filled     values the intent's other slots already have (while a slot is elicited)
     * @param needsKnown whether a sample made of slots only needs a known value: true for intent samples, false for
     *                   the answer to a slot Alexa asked for, which takes any words, as on Alexa
     */
    private List<Reading> readings(Sample sample, List<String> words, List<String> keys, Map<String, String> filled,
            boolean needsKnown) {
        if (!sample.couldMatch(keys)) {
            return List.of();
        }
        List<Map<String, String>> captures = new ArrayList<>();
        capture(sample, 0, words, keys, 0, new LinkedHashMap<>(), captures);
        List<Reading> readings = new ArrayList<>();
        for (Map<String, String> capture : captures) {
            filled.forEach(capture::putIfAbsent);
            reading(sample, capture, needsKnown).ifPresent(readings::add);
        }
        return readings;
    }

    /** Every way the sample's placeholders can take the words between its literal words. */
    private static void capture(Sample sample, int token, List<String> words, List<String> keys, int word,
            Map<String, String> captured, List<Map<String, String>> results) {
        List<String> tokens = sample.tokens();
        if (token == tokens.size()) {
            if (word == words.size()) {
                results.add(new LinkedHashMap<>(captured));
            }
            return;
        }
        String current = tokens.get(token);
        if (!isPlaceholder(current)) {
            if (word < words.size() && keys.get(word).equals(sample.keys().get(token))) {
                capture(sample, token + 1, words, keys, word + 1, captured, results);
            }
            return;
        }
        String slot = current.substring(1, current.length() - 1);
        for (int end = word + 1; end <= words.size(); end++) {
            captured.put(slot, String.join(" ", words.subList(word, end)));
            capture(sample, token + 1, words, keys, end, captured, results);
            captured.remove(slot);
        }
    }

    private Optional<Reading> reading(Sample sample, Map<String, String> captured, boolean needsKnown) {
        List<SlotDefinition> definitions = slotsByIntent.getOrDefault(sample.intent(), List.of());
        List<Slot> slots = new ArrayList<>();
        int resolved = 0;
        for (SlotDefinition definition : definitions) {
            String value = captured.get(definition.name());
            if (value == null) {
                slots.add(Slot.empty(definition.name(), definition.type()));
                continue;
            }
            Optional<Slot> slot = fill(definition, value, needsKnown && sample.literalWords() == 0);
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
        if (type.startsWith("AMAZON.")) {
            return BuiltInSlotTypes.value(type, value, locale)
                    .map(spoken -> new Slot(definition.name(), type, spoken, Optional.empty()));
        }
        Optional<Entity> entity = Optional.ofNullable(entities(type).get(value));
        if (entity.isEmpty() && slotsOnlySample) {
            return Optional.empty();
        }
        return Optional.of(new Slot(definition.name(), type, value, entity));
    }

    /** Typed text often lacks apostrophes ("whats playing"); speech has none to lose, so they do not count. */
    private static String key(String word) {
        return word.replace("'", "");
    }

    private static List<String> keys(List<String> words) {
        return words.stream().map(UtteranceResolver::key).toList();
    }

    private static boolean isPlaceholder(String token) {
        return token.startsWith("{") && token.endsWith("}");
    }

    record SlotDefinition(String name, String type) {
    }

    /**
     * The slot Alexa listens for after a {@code Dialog.ElicitSlot} directive, of which intent, and the values the
     * directive's {@code updatedIntent} gives the other slots.
     */
    public record Elicited(String intent, String slot, Map<String, String> filled) {
    }

    /**
     * A sample's words as compared ({@link #key}), and how many of them are literal: a model has over a thousand
     * samples and every utterance is tried against each, so what does not change is worked out once.
     */
    private record Sample(String intent, List<String> tokens, int order, List<String> keys, int literalWords) {

        Sample(String intent, List<String> tokens, int order) {
            this(intent, tokens, order, tokens.stream().map(token -> isPlaceholder(token) ? token : key(token)).toList(),
                    (int) tokens.stream().filter(token -> !isPlaceholder(token)).count());
        }

        /**
         * Whether the words can fit at all: one word at least per token, and the literal words among them in
         * order. Most samples fail this, which is much cheaper than trying every way to split the words.
         */
        boolean couldMatch(List<String> words) {
            if (words.size() < tokens.size()) {
                return false;
            }
            int at = 0;
            for (int token = 0; token < tokens.size(); token++) {
                if (isPlaceholder(tokens.get(token))) {
                    continue;
                }
                while (at < words.size() && !words.get(at).equals(keys.get(token))) {
                    at++;
                }
                if (at == words.size()) {
                    return false;
                }
                at++;
            }
            return true;
        }
    }

    private record Reading(Understanding understanding, int literalWords, int resolvedSlots, int order) {
    }
}
