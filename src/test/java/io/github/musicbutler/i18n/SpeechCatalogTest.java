package io.github.musicbutler.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.musicbutler.support.SkillLocales;

class SpeechCatalogTest {

    private static final String ENGLISH = "messages/speech.properties";
    /** A {@link String#format} argument: {@code %s}, {@code %d}, {@code %2$s}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("%(?:(\\d+)\\$)?([sd])");

    private final SpeechCatalog catalog = new SpeechCatalog();

    @Test
    void germanLocaleGetsGermanTexts() {
        assertEquals("Tschüss!", catalog.forLocale("de-DE").say("goodbye").ssml());
    }

    @Test
    void anotherGermanSpeakingCountryStillGetsGerman() {
        assertEquals("Tschüss!", catalog.forLocale("de-AT").say("goodbye").ssml());
    }

    @Test
    void unknownLanguageFallsBackToAmericanEnglish() {
        Speech speech = catalog.forLocale("ja-JP");
        assertEquals("Goodbye!", speech.say("goodbye").ssml());
        assertEquals(Locale.US, speech.locale());
    }

    @Test
    void missingLocaleFallsBackToAmericanEnglish() {
        assertEquals(Locale.US, catalog.forLocale(null).locale());
    }

    @Test
    void britishEnglishKeepsItsOwnLocaleForFormatting() {
        assertEquals(Locale.UK, catalog.forLocale("en-GB").locale());
    }

    @Test
    void quebecSaysListeDeLectureAndFranceSaysPlaylist() {
        assertEquals("Quelle liste de lecture voulez-vous écouter ?",
                catalog.forLocale("fr-CA").say("playlists.which").ssml());
        assertEquals("Quelle playlist voulez-vous écouter ?", catalog.forLocale("fr-FR").say("playlists.which").ssml());
    }

    /**
     * Quebec hears "liste de lecture" and "balado" where France hears "playlist" and "podcast": every French text
     * that says one of France's words is said again in speech_fr_CA.properties.
     */
    @Test
    void everyQuebecTextSaysListeDeLectureAndBalado() throws IOException {
        Properties quebec = file("messages/speech_fr.properties");
        quebec.putAll(file("messages/speech_fr_CA.properties"));
        Set<String> france = new java.util.TreeSet<>();
        quebec.forEach((key, text) -> {
            String lower = text.toString().toLowerCase(Locale.ROOT);
            if (lower.contains("playlist") || lower.contains("podcast")) {
                france.add(key.toString());
            }
        });
        assertEquals(Set.of(), france, "say these again in speech_fr_CA.properties, as Quebec says them");
    }

    @Test
    void spokenArgumentsAreEscapedForSsml() {
        Speech speech = new Speech(Locale.US, texts("playing=Now playing %s."));
        assertEquals("Now playing Rock &amp; Roll &lt;Live&gt;.", speech.say("playing", "Rock & Roll <Live>").ssml());
    }

    @Test
    void cardArgumentsStayPlainText() {
        Speech speech = new Speech(Locale.US, texts("playing=Now playing %s."));
        assertEquals("Now playing Rock & Roll.", speech.say("playing", "Rock & Roll").text());
    }

    @Test
    void missingTextIsAnErrorNamingTheKey() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> catalog.forLocale("en-US").say("no.such.text"));
        assertEquals("No text 'no.such.text' for locale en-US", e.getMessage());
    }

    @ParameterizedTest(name = "{0} has every text")
    @MethodSource("publishedLanguages")
    void everyPublishedLanguageTranslatesEveryEnglishText(String language) throws IOException {
        String file = "messages/speech_" + language + ".properties";
        Set<String> missing = new TreeSet<>(keys(ENGLISH));
        missing.removeAll(keys(file));
        Set<String> unknown = new TreeSet<>(keys(file));
        unknown.removeAll(keys(ENGLISH));
        unknown.removeIf(SpeechCatalogTest::optional);
        assertEquals(Set.of(), missing, "add these texts to src/main/resources/" + file);
        assertEquals(Set.of(), unknown, "texts in " + file + " that speech.properties does not have");
    }

    @ParameterizedTest(name = "{0} says nothing in English")
    @MethodSource("publishedLanguages")
    void noTextOfAnotherLanguageIsLeftInEnglish(String language) throws IOException {
        Properties english = file(ENGLISH);
        Properties translated = file("messages/speech_" + language + ".properties");
        // a text of nothing but arguments ("%s") has no words to translate
        List<String> inEnglish = english.stringPropertyNames().stream().sorted()
                .filter(key -> english.getProperty(key).equals(translated.getProperty(key)))
                .filter(key -> PLACEHOLDER.matcher(english.getProperty(key)).replaceAll("").matches(".*\\p{L}.*"))
                .toList();
        assertEquals(List.of(), inEnglish, "speech_" + language + ".properties keeps the English text of these keys");
    }

    @ParameterizedTest(name = "{0} fills in the same arguments")
    @MethodSource("publishedLocaleFiles")
    void everyTextTakesTheSameArgumentsAsEnglish(String file) throws IOException {
        Properties english = file(ENGLISH);
        Properties translated = file(file);
        List<String> differing = translated.stringPropertyNames().stream().sorted()
                .filter(key -> english.containsKey(key))
                .filter(key -> !arguments(english.getProperty(key)).equals(arguments(translated.getProperty(key))))
                .map(key -> key + ": " + arguments(english.getProperty(key)) + " in English, "
                        + arguments(translated.getProperty(key)) + " here")
                .toList();
        assertEquals(List.of(), differing, file + " fills in other arguments than speech.properties");
    }

    @ParameterizedTest(name = "{0} only changes texts")
    @MethodSource("regionalFiles")
    void aRegionalFileOnlyOverridesExistingTexts(String file) throws IOException {
        Set<String> regional = keys(file);
        regional.removeAll(keys(ENGLISH));
        regional.removeIf(SpeechCatalogTest::optional);
        assertEquals(Set.of(), regional, file + " has texts speech.properties does not have");
    }

    /**
     * A text a language or region may have that English does not need: how a text changes before a sound
     * ({@code <key>.before}, {@code Speech.sayBefore}), and how the first of a month is said where it is an ordinal
     * ({@code date.first}, {@code ReleaseDates.day}).
     */
    private static boolean optional(String key) {
        try {
            Set<String> english = keys(ENGLISH);
            return key.equals("date.first")
                    || key.endsWith(".before") && english.contains(key.substring(0, key.lastIndexOf('.')));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}: every rule for the sound that follows is <expression>|<text> for its text")
    @MethodSource("publishedLocaleFiles")
    void everyBeforeRuleIsAnExpressionAndATextWithItsTextsArguments(String file) throws IOException {
        Properties texts = file(file);
        Properties english = file(ENGLISH);
        List<String> wrong = new ArrayList<>();
        for (String key : texts.stringPropertyNames().stream().filter(key -> key.endsWith(".before")).sorted().toList()) {
            String rule = texts.getProperty(key);
            String text = key.substring(0, key.length() - ".before".length());
            int bar = rule.lastIndexOf('|');
            if (bar <= 0) {
                wrong.add(key + ": no \"<expression>|\" before the text");
                continue;
            }
            try {
                Pattern.compile(rule.substring(0, bar));
            } catch (java.util.regex.PatternSyntaxException e) {
                wrong.add(key + ": " + e.getDescription());
            }
            if (!arguments(rule.substring(bar + 1)).equals(arguments(english.getProperty(text, "")))) {
                wrong.add(key + ": the text after | does not take the arguments " + text + " takes");
            }
        }
        assertEquals(List.of(), wrong, file);
    }

    static List<String> publishedLanguages() {
        return SkillLocales.all().stream().map(tag -> Locale.forLanguageTag(tag).getLanguage())
                .filter(language -> !language.equals("en")).distinct().toList();
    }

    static List<String> publishedLocaleFiles() {
        return SkillLocales.all().stream().map(Locale::forLanguageTag)
                .flatMap(locale -> Stream.of("messages/speech_" + locale.getLanguage() + ".properties",
                        "messages/speech_" + locale.getLanguage() + "_" + locale.getCountry() + ".properties"))
                .distinct().filter(file -> SpeechCatalogTest.class.getClassLoader().getResource(file) != null)
                .toList();
    }

    static List<String> regionalFiles() {
        return publishedLocaleFiles().stream().filter(file -> file.matches(".*_[a-z]+_[A-Z]+\\.properties")).toList();
    }

    /** Which argument is filled in where, and as what: "%s %d" and "%2$d %1$s" take the same. */
    private static Map<Integer, Character> arguments(String pattern) {
        Map<Integer, Character> arguments = new TreeMap<>();
        Matcher argument = PLACEHOLDER.matcher(pattern);
        int next = 1;
        while (argument.find()) {
            int index = argument.group(1) == null ? next++ : Integer.parseInt(argument.group(1));
            arguments.put(index, argument.group(2).charAt(0));
        }
        return arguments;
    }

    private static Properties file(String resource) throws IOException {
        try (InputStream in = SpeechCatalogTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return texts;
        }
    }

    private static Properties texts(String lines) {
        Properties texts = new Properties();
        try {
            texts.load(new java.io.StringReader(lines));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return texts;
    }

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = SpeechCatalogTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(texts.stringPropertyNames());
        }
    }
}
