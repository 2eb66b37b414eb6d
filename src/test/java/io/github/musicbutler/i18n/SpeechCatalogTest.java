package io.github.musicbutler.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class SpeechCatalogTest {

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

    @Test
    void germanTranslatesEveryEnglishText() throws IOException {
        assertEquals(keys("messages/speech.properties"), keys("messages/speech_de.properties"));
    }

    @Test
    void frenchTranslatesEveryEnglishText() throws IOException {
        assertEquals(keys("messages/speech.properties"), keys("messages/speech_fr.properties"));
    }

    @Test
    void quebecFileOnlyOverridesExistingTexts() throws IOException {
        Set<String> quebec = keys("messages/speech_fr_CA.properties");
        quebec.removeAll(keys("messages/speech.properties"));
        assertEquals(Set.of(), quebec);
    }

    @Test
    void quebecSaysListeDeLectureAndFranceSaysPlaylist() {
        assertEquals("Quelle liste de lecture voulez-vous écouter ?",
                catalog.forLocale("fr-CA").say("playlists.which").ssml());
        assertEquals("Quelle playlist voulez-vous écouter ?", catalog.forLocale("fr-FR").say("playlists.which").ssml());
    }

    @Test
    void britishFileOnlyOverridesExistingTexts() throws IOException {
        Set<String> british = keys("messages/speech_en_GB.properties");
        british.removeAll(keys("messages/speech.properties"));
        assertEquals(Set.of(), british);
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
