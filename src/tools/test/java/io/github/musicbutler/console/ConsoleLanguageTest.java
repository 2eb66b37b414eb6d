package io.github.musicbutler.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.musicbutler.support.SkillLocales;

/** A language's console data is one file; a published locale without it, or with a key missing, says what to add. */
class ConsoleLanguageTest {

    static List<String> locales() {
        return SkillLocales.all();
    }

    @ParameterizedTest
    @MethodSource("locales")
    void everyPublishedLocaleHasItsLanguagesConsoleData(String locale) {
        ConsoleLanguage language = ConsoleLanguage.of(locale);

        assertEquals(ConsoleLanguage.DEMO_DEVICES.size(), language.demoDevices().size());
    }

    @Test
    void aRegionalLocaleReadsItsLanguagesFile() {
        assertEquals("fr", ConsoleLanguage.language("fr-CA"));
        assertEquals("en", ConsoleLanguage.language("en-GB"));
    }

    @Test
    void theDemoHouseholdNamesItsSpeakersInTheListenersLanguage() {
        assertEquals(List.of("Kitchen Speaker", "Living Room", "Alex's Phone", "TV", "Bedroom", "Sam's Phone"),
                ConsoleLanguage.of("en-GB").demoDevices());
        assertEquals(List.of("Küche", "Wohnzimmer", "Handy von Alex", "Fernseher", "Schlafzimmer", "Handy von Sam"),
                ConsoleLanguage.of("de-DE").demoDevices());
    }

    @Test
    void aLanguageWithoutAFileNamesTheFileToAdd() {
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> ConsoleLanguage.load("xx"));

        assertEquals("No console data for the language xx: add src/tools/main/resources/console/xx.properties"
                + " (keys: docs/console.md)", missing.getMessage());
    }

    @Test
    void aMissingKeyIsNamedWithItsFileNotFilledInWithEnglish() throws IOException {
        Properties german = english();
        german.remove("AMAZON.MoreIntent");

        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> ConsoleLanguage.from("src/tools/main/resources/console/xx.properties", german));

        assertEquals("src/tools/main/resources/console/xx.properties has no AMAZON.MoreIntent: add it"
                + " (docs/console.md)", missing.getMessage());
    }

    @Test
    void theDemoDevicesAreSixNamesInTheirOrder() throws IOException {
        Properties five = english();
        five.setProperty(ConsoleLanguage.DEVICES, "Cuisine|Salon|Téléphone d'Alex|Télé|Chambre");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ConsoleLanguage.from("xx", five));

        assertEquals("xx: demo.devices names 6 speakers, |-separated, in this order: kitchen speaker, living room,"
                + " Alex's phone, TV, bedroom, Sam's phone", refused.getMessage());
    }

    @Test
    void aOneShotWithoutTheRequestGroupIsRefused() throws IOException {
        Properties broken = english();
        broken.setProperty(ConsoleLanguage.ONE_SHOT, "(?:ask|tell) {invocation} .+");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> ConsoleLanguage.from("xx", broken));

        assertEquals("xx: one-shot needs the group (?<request>...) for the words after the invocation name",
                refused.getMessage());
    }

    @Test
    void theOpeningLeavesOutOptionalWordsAndTakesTheFirstChoice() throws IOException {
        Properties french = english();
        french.setProperty(ConsoleLanguage.LAUNCH,
                "(?:s'il te plaît )?(?:ouvre|lance|démarre) {invocation}(?: s'il te plaît)?");

        assertEquals("ouvre majordome musical", ConsoleLanguage.from("xx", french).opening("majordome musical"));
    }

    private static Properties english() throws IOException {
        Properties data = new Properties();
        try (InputStream in = ConsoleLanguage.class.getResourceAsStream("/console/en.properties")) {
            data.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return data;
    }
}
