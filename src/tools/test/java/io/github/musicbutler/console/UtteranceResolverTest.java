package io.github.musicbutler.console;

import static io.github.musicbutler.console.Understanding.Kind.LAUNCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.console.Understanding.Entity;
import io.github.musicbutler.console.Understanding.Slot;
import io.github.musicbutler.support.SkillLocales;

/**
 * The console understands exactly what the skill's interaction models say, in every locale.
 */
class UtteranceResolverTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Map<String, JsonNode> MODELS = new ConcurrentHashMap<>();

    static List<String> locales() {
        return SkillLocales.all();
    }

    static Stream<Arguments> samples() throws IOException {
        List<Arguments> samples = new ArrayList<>();
        for (String locale : locales()) {
            for (JsonNode intent : model(locale).at("/interactionModel/languageModel/intents")) {
                for (JsonNode sample : intent.path("samples")) {
                    samples.add(Arguments.of(locale, intent.path("name").asText(), sample.asText()));
                }
            }
        }
        return samples.stream();
    }

    static Stream<Arguments> slotTypes() throws IOException {
        List<Arguments> types = new ArrayList<>();
        for (String locale : locales()) {
            UtteranceResolver resolver = UtteranceResolver.forLocale(locale);
            resolver.intents().values().stream().flatMap(List::stream)
                    .map(UtteranceResolver.SlotDefinition::type)
                    .filter(type -> !type.startsWith("AMAZON."))
                    .distinct()
                    .forEach(type -> types.add(Arguments.of(locale, type)));
        }
        return types.stream();
    }

    @Test
    void theModelsAreThoseOfTheLocalesTheSkillPublishes() throws IOException {
        try (Stream<Path> files = Files.list(UtteranceResolver.MODELS)) {
            assertEquals(locales().stream().sorted().toList(),
                    files.map(file -> file.getFileName().toString().replace(".json", "")).sorted().toList());
        }
    }

    @ParameterizedTest(name = "{0}: \"{2}\" is {1}")
    @MethodSource("samples")
    void everySampleUtteranceResolvesToItsIntentWithItsSlots(String locale, String intent, String sample) {
        UtteranceResolver resolver = UtteranceResolver.forLocale(locale);
        Map<String, String> slotTypes = slotTypes(resolver, intent);

        Understanding understood = resolver.resolve(fill(resolver, sample, slotTypes));

        assertEquals(intent, understood.intent());
        Matcher placeholder = PLACEHOLDER.matcher(sample);
        while (placeholder.find()) {
            String slotName = placeholder.group(1);
            Slot slot = understood.slot(slotName).orElseThrow();
            assertEquals(expectedValue(resolver, slotTypes.get(slotName)), slot.value(), slotName);
            if (slot.customType()) {
                assertEquals(Optional.of(firstEntity(resolver, slot.type())), slot.entity(), slotName);
            }
        }
    }

    @ParameterizedTest(name = "{0}: every value and synonym of {1}")
    @MethodSource("slotTypes")
    void everyValueAndSynonymOfACustomSlotTypeResolvesToItsIdInEverySample(String locale, String type) {
        UtteranceResolver resolver = UtteranceResolver.forLocale(locale);
        List<String> wrong = new ArrayList<>();
        resolver.intents().forEach((intent, slots) -> slots.stream().filter(slot -> slot.type().equals(type))
                .forEach(slot -> samplesOf(locale, intent).stream()
                        .filter(sample -> sample.contains("{" + slot.name() + "}"))
                        .forEach(sample -> resolver.entities(type).forEach((spoken, entity) -> {
                            String utterance = fill(resolver, sample.replace("{" + slot.name() + "}", spoken),
                                    slotTypes(resolver, intent));
                            Understanding understood = resolver.resolve(utterance);
                            Optional<Entity> resolved = understood.slot(slot.name()).flatMap(Slot::entity);
                            if (!understood.intent().equals(intent) || !resolved.equals(Optional.of(entity))) {
                                wrong.add("\"" + utterance + "\" → " + understood + ", expected " + intent + " "
                                        + slot.name() + "→" + entity.id());
                            }
                        }))));
        assertEquals(List.of(), wrong);
    }

    @ParameterizedTest
    @MethodSource("locales")
    void wordsThatMatchNoSampleAreTheFallbackIntent(String locale) {
        Understanding understood = UtteranceResolver.forLocale(locale).resolve("purple elephants dance quietly");

        assertEquals("AMAZON.FallbackIntent", understood.intent());
        assertEquals(List.of(), understood.slots());
    }

    @Test
    void openingTheSkillByItsInvocationNameIsALaunch() {
        assertEquals(LAUNCH, UtteranceResolver.forLocale("en-US").resolve("Open Music Butler").kind());
        assertEquals(LAUNCH, UtteranceResolver.forLocale("en-GB").resolve("Alexa, start music butler").kind());
        assertEquals(LAUNCH, UtteranceResolver.forLocale("de-DE").resolve("Öffne Musik Butler").kind());
    }

    /** The words the console suggests to start with ("Say \"open music butler\" to start") open the skill. */
    @ParameterizedTest
    @MethodSource("locales")
    void theOpeningTheConsoleSuggestsIsALaunchInEveryLocale(String locale) {
        UtteranceResolver resolver = UtteranceResolver.forLocale(locale);

        assertTrue(resolver.opening().contains(resolver.invocationName()), resolver.opening());
        assertEquals(LAUNCH, resolver.resolve(resolver.opening()).kind());
    }

    @Test
    void theOpeningIsThePlainestLaunchPhrase() {
        assertEquals("open music butler", UtteranceResolver.forLocale("en-GB").opening());
        assertEquals("öffne musik butler", UtteranceResolver.forLocale("de-DE").opening());
    }

    @Test
    void askingTheSkillByNameIsAnIntentInANewSession() {
        Understanding english = UtteranceResolver.forLocale("en-US").resolve("ask music butler what's playing");
        Understanding german = UtteranceResolver.forLocale("de-DE").resolve("frag Musik Butler, was läuft gerade?");

        assertEquals("WhatsPlayingIntent", english.intent());
        assertTrue(english.invoked());
        assertEquals("WhatsPlayingIntent", german.intent());
        assertTrue(german.invoked());
    }

    @Test
    void aPlaylistAndDeviceAreBothResolvedFromOneSentence() {
        Understanding understood = UtteranceResolver.forLocale("en-US")
                .resolve("Play Running Mix on the kitchen speaker!");

        assertEquals("PlayPlaylistIntent", understood.intent());
        assertEquals(Optional.of(new Entity("running_mix", "running mix")),
                understood.slot("playlist").flatMap(Slot::entity));
        assertEquals(Optional.of(new Entity("kitchen_speaker", "kitchen speaker")),
                understood.slot("device").flatMap(Slot::entity));
    }

    @Test
    void aSynonymResolvesToTheCanonicalValueWhileTheSlotKeepsTheSpokenWords() {
        Slot timeRange = UtteranceResolver.forLocale("en-US").resolve("who are my top artists lately")
                .slot("timeRange").orElseThrow();

        assertEquals("lately", timeRange.value());
        assertEquals(Optional.of(new Entity("short_term", "this month")), timeRange.entity());
    }

    @Test
    void aNameTheSlotTypeDoesNotListStillFillsTheSlotUnresolved() {
        Understanding understood = UtteranceResolver.forLocale("de-DE").resolve("spiel Sommerhits für Jürgen");

        assertEquals("PlayPlaylistIntent", understood.intent());
        Slot playlist = understood.slot("playlist").orElseThrow();
        assertEquals("sommerhits für jürgen", playlist.value());
        assertEquals(Optional.empty(), playlist.entity());
    }

    @Test
    void aSlotTheUserDidNotFillIsSentEmpty() {
        Understanding understood = UtteranceResolver.forLocale("en-US").resolve("play running mix");

        assertFalse(understood.slot("device").orElseThrow().filled());
    }

    @Test
    void anOrdinalFillsItsSlotWithDigits() {
        assertEquals("2", UtteranceResolver.forLocale("en-US").resolve("play the second one")
                .slot("position").orElseThrow().value());
        assertEquals("3", UtteranceResolver.forLocale("de-DE").resolve("nimm den dritten")
                .slot("position").orElseThrow().value());
    }

    @Test
    void aNumberSpokenAsWordsFillsItsSlotWithDigits(@TempDir Path models) throws IOException {
        Files.writeString(models.resolve("en-US.json"), MODEL_WITH_A_NUMBER.formatted("music butler", "set the volume to {level}"));
        Files.writeString(models.resolve("de-DE.json"), MODEL_WITH_A_NUMBER.formatted("musik butler", "stell die lautstärke auf {level}"));

        assertEquals("25", UtteranceResolver.forLocale(models, "en-US").resolve("set the volume to twenty five")
                .slot("level").orElseThrow().value());
        assertEquals("25", UtteranceResolver.forLocale(models, "de-DE").resolve("stell die lautstärke auf fünfundzwanzig")
                .slot("level").orElseThrow().value());
        assertEquals("40", UtteranceResolver.forLocale(models, "en-US").resolve("set the volume to 40")
                .slot("level").orElseThrow().value());
    }

    @Test
    void wordsThatAreNoNumberDoNotFillANumberSlot(@TempDir Path models) throws IOException {
        Files.writeString(models.resolve("en-US.json"), MODEL_WITH_A_NUMBER.formatted("music butler", "set the volume to {level}"));

        assertEquals(UtteranceResolver.FALLBACK, UtteranceResolver.forLocale(models, "en-US")
                .resolve("set the volume to loud").intent());
    }

    /** A model with one intent whose slot is an {@code AMAZON.NUMBER}: invocation name, then the sample. */
    private static final String MODEL_WITH_A_NUMBER = """
            {"interactionModel": {"languageModel": {"invocationName": "%s", "intents": [
              {"name": "AMAZON.FallbackIntent", "samples": []},
              {"name": "SetVolumeIntent", "slots": [{"name": "level", "type": "AMAZON.NUMBER"}], "samples": ["%s"]}
            ], "types": []}}}
            """;

    @Test
    void typedWordsNeedNotHaveTheirApostrophes() {
        assertEquals("WhatsPlayingIntent", UtteranceResolver.forLocale("en-US").resolve("whats playing").intent());
    }

    @Test
    void alexasOwnPhrasesForBuiltInIntentsAreUnderstood() {
        assertEquals("AMAZON.StopIntent", UtteranceResolver.forLocale("en-US").resolve("stop").intent());
        assertEquals("AMAZON.HelpIntent", UtteranceResolver.forLocale("de-DE").resolve("Hilfe").intent());
    }

    private static Map<String, String> slotTypes(UtteranceResolver resolver, String intent) {
        Map<String, String> types = new HashMap<>();
        resolver.intents().getOrDefault(intent, List.of()).forEach(slot -> types.put(slot.name(), slot.type()));
        return types;
    }

    private static List<String> samplesOf(String locale, String intent) {
        List<String> samples = new ArrayList<>();
        for (JsonNode candidate : model(locale).at("/interactionModel/languageModel/intents")) {
            if (candidate.path("name").asText().equals(intent)) {
                candidate.path("samples").forEach(sample -> samples.add(sample.asText()));
            }
        }
        return samples;
    }

    /** The sample as a person would say it: each placeholder replaced by a value of its slot's type. */
    private static String fill(UtteranceResolver resolver, String sample, Map<String, String> slotTypes) {
        return PLACEHOLDER.matcher(sample)
                .replaceAll(placeholder -> Matcher.quoteReplacement(
                        spoken(resolver, slotTypes.get(placeholder.group(1)))));
    }

    private static String spoken(UtteranceResolver resolver, String type) {
        return type.startsWith("AMAZON.") ? BuiltInSlotTypes.example(type, resolver.locale()).spoken()
                : firstEntity(resolver, type).name();
    }

    private static String expectedValue(UtteranceResolver resolver, String type) {
        return type.startsWith("AMAZON.") ? BuiltInSlotTypes.example(type, resolver.locale()).value()
                : Words.phrase(spoken(resolver, type));
    }

    private static Entity firstEntity(UtteranceResolver resolver, String type) {
        for (JsonNode candidate : model(resolver.locale()).at("/interactionModel/languageModel/types")) {
            if (candidate.path("name").asText().equals(type)) {
                JsonNode first = candidate.path("values").get(0);
                return new Entity(first.path("id").asText(), first.at("/name/value").asText());
            }
        }
        throw new IllegalArgumentException("No slot type " + type);
    }

    /** Read once per locale: thousands of cases look into the same model. */
    private static JsonNode model(String locale) {
        return MODELS.computeIfAbsent(locale, published -> {
            try {
                return new ObjectMapper().readTree(UtteranceResolver.MODELS.resolve(published + ".json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
