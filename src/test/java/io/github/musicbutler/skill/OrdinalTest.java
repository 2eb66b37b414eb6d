package io.github.musicbutler.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;

import io.github.musicbutler.i18n.SpeechCatalog;
import org.junit.jupiter.params.provider.CsvSource;

class OrdinalTest {

    private static final List<String> OFFERED = List.of("Focus", "Deep Focus", "Focus Flow", "Lo-Fi", "Study");

    private final SpeechCatalog catalog = new SpeechCatalog();

    @ParameterizedTest(name = "\"{1}\" is option {2} in {0}")
    @CsvSource({
            "en-US, 1, Focus", "en-US, 2nd, Deep Focus", "de-DE, 3., Focus Flow", "en-US, number 4, Lo-Fi",
            "en-US, the first one, Focus", "en-US, the second, Deep Focus", "en-GB, third, Focus Flow",
            "en-US, the fifth one, Study", "en-US, the last one, Study", "en-US, last, Study",
            "de-DE, die erste, Focus", "de-DE, den zweiten, Deep Focus", "de-DE, das dritte, Focus Flow",
            "de-DE, die fünfte, Study", "de-DE, die letzte, Study", "de-DE, den letzten, Study",
            "de-DE, the second one, Deep Focus"
    })
    void aSpokenPositionPicksThatOption(String locale, String said, String expected) {
        assertEquals(Optional.of(expected), Ordinal.pick(OFFERED, said, catalog.forLocale(locale)));
    }

    @ParameterizedTest(name = "\"{1}\" picks nothing in {0}")
    @CsvSource({ "en-US, 6", "en-US, the tenth one", "en-US, 0", "en-US, deep focus", "en-US, the other one",
            "en-US, die zweite" })
    void aPositionThatIsNotOfferedOrNoPositionPicksNothing(String locale, String said) {
        assertEquals(Optional.empty(), Ordinal.pick(OFFERED, said, catalog.forLocale(locale)));
    }
}
