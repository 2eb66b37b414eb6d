package io.github.musicbutler.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.SkillLocales;

class ConsoleOptionsTest {

    @Test
    void withoutOptionsTheConsoleTalksEnglishToALinkedDemoAccountInteractively() {
        ConsoleOptions options = ConsoleOptions.parse(List.of(), new Properties(), Map.of());

        assertEquals("en-US", options.locale());
        assertFalse(options.unlinked());
        assertEquals(Optional.empty(), options.script());
        assertEquals(Optional.empty(), options.spotifyToken());
        assertEquals(Path.of("target/function.zip"), options.function());
    }

    @Test
    void mavenSystemPropertiesSetTheOptions() {
        Properties properties = new Properties();
        properties.setProperty("console.locale", "de-DE");
        properties.setProperty("console.unlinked", "");
        properties.setProperty("console.script", "talk.txt");

        ConsoleOptions options = ConsoleOptions.parse(List.of(), properties, Map.of());

        assertEquals("de-DE", options.locale());
        assertTrue(options.unlinked());
        assertEquals(Optional.of(Path.of("talk.txt")), options.script());
    }

    @Test
    void programArgumentsSetTheOptionsToo() {
        ConsoleOptions options = ConsoleOptions.parse(List.of("--locale", "en-GB", "--unlinked", "--verbose"),
                new Properties(), Map.of());

        assertEquals("en-GB", options.locale());
        assertTrue(options.unlinked());
        assertTrue(options.verbose());
    }

    @Test
    void consoleScreenSpeaksFromAnEchoShow() {
        Properties properties = new Properties();
        properties.setProperty("console.screen", "");

        assertTrue(ConsoleOptions.parse(List.of(), properties, Map.of()).screen());
        assertTrue(ConsoleOptions.parse(List.of("--screen"), new Properties(), Map.of()).screen());
        assertFalse(ConsoleOptions.parse(List.of(), new Properties(), Map.of()).screen());
    }

    @Test
    void aRealTokenFromTheEnvironmentMeansTheRealSpotify() {
        ConsoleOptions options = ConsoleOptions.parse(List.of(), new Properties(),
                Map.of("SPOTIFY_ACCESS_TOKEN", "BQDreal-token"));

        assertEquals(Optional.of("BQDreal-token"), options.spotifyToken());
        assertEquals("https://api.spotify.com/v1", options.spotifyApiUrl());
    }

    @Test
    void anUnknownOptionIsRefusedWithTheListOfOptions() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ConsoleOptions.parse(List.of("--lang", "de"), new Properties(), Map.of()));

        assertTrue(refused.getMessage().contains("--locale"));
    }

    @Test
    void theOptionsListTheLocalesTheSkillPublishes() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ConsoleOptions.parse(List.of("--help"), new Properties(), Map.of()));

        assertTrue(refused.getMessage().contains(String.join(", ", SkillLocales.all())), refused.getMessage());
    }

    @Test
    void aLocaleTheSkillDoesNotPublishIsRefusedWithThePublishedOnes() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ConsoleOptions.parse(List.of("--locale", "ja-JP"), new Properties(), Map.of()));

        assertEquals("ja-JP is not a locale the skill publishes (skill-package/skill.json publishes "
                + String.join(", ", SkillLocales.all()) + "); the function would answer it in English",
                refused.getMessage());
    }

    @Test
    void everyPublishedLocaleIsAccepted() {
        for (String locale : SkillLocales.all()) {
            assertEquals(locale, ConsoleOptions.parse(List.of("--locale", locale), new Properties(), Map.of()).locale());
        }
    }

    @Test
    void consolePersonSpeaksAsARecognisedHouseholdMember() {
        Properties properties = new Properties();
        properties.setProperty("console.person", "Sam");

        assertEquals(java.util.Optional.of("sam"), ConsoleOptions.parse(List.of(), properties, Map.of()).person());
        assertEquals(java.util.Optional.of("sam"), ConsoleOptions.parse(List.of("--person", "sam"), new Properties(),
                Map.of()).person());
    }

    @Test
    void anUnknownHouseholdMemberIsRefusedWithTheKnownOnes() {
        Properties properties = new Properties();
        properties.setProperty("console.person", "kim");

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ConsoleOptions.parse(List.of(), properties, Map.of()));

        assertTrue(refused.getMessage().contains("sam"), refused.getMessage());
    }
}
