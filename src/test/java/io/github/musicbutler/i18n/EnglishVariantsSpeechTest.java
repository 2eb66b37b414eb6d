package io.github.musicbutler.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Australia, Canada and India speak English with their own words and spellings. Their files hold only what differs
 * from American English, and fall back to it directly (en-AU → en → base), never through British English.
 */
class EnglishVariantsSpeechTest {

    private final SpeechCatalog catalog = new SpeechCatalog();

    @ParameterizedTest
    @ValueSource(strings = {"en_AU", "en_CA", "en_IN"})
    void regionalFileOnlyOverridesExistingTexts(String file) throws IOException {
        Set<String> regional = keys("messages/speech_" + file + ".properties");
        regional.removeAll(keys("messages/speech.properties"));
        assertEquals(Set.of(), regional);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-AU", "en-CA", "en-IN"})
    void regionalLocaleKeepsItselfForFormatting(String tag) {
        assertEquals(Locale.forLanguageTag(tag), catalog.forLocale(tag).locale());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-AU", "en-CA", "en-IN"})
    void favouritesAreSpeltTheBritishWay(String locale) {
        assertEquals("Spotify doesn't know your favourites yet. Listen a little more, then ask me again.",
                catalog.forLocale(locale).say("top.none").ssml());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-AU", "en-IN"})
    void aPhoneIsAMobile(String locale) {
        assertEquals("Spotify doesn't see any of your devices right now. Open the Spotify app on your mobile, computer"
                + " or speaker.", catalog.forLocale(locale).say("devices.none").ssml());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-CA", "en-US"})
    void aPhoneIsAPhoneInNorthAmerica(String locale) {
        assertEquals("Spotify doesn't see any of your devices right now. Open the Spotify app on your phone, computer"
                + " or speaker.", catalog.forLocale(locale).say("devices.none").ssml());
    }

    @ParameterizedTest
    @CsvSource({"en-AU, No worries.", "en-CA, All right.", "en-IN, All right.", "en-GB, All right."})
    void aNoToNothingIsAcknowledgedTheLocalWay(String locale, String answer) {
        assertEquals(answer, catalog.forLocale(locale).say("nothingOpen.no").ssml());
    }

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = EnglishVariantsSpeechTest.class.getClassLoader().getResourceAsStream(resource)) {
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(texts.stringPropertyNames());
        }
    }
}
