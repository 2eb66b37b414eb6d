package io.github.musicbutler.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.musicbutler.matching.SpokenNameMatcher.Match;

/**
 * Names heard by a German listener, whose names are read in German and in English, so both languages' forms are
 * specified here; what a language adds alone is in {@link #anEnglishListenersNamesAreReadInEnglishOnly}.
 */
class SpokenNameMatcherTest {

    private static final SpokenNameMatcher GERMAN_LISTENER = SpokenNameMatcher.in(Locale.GERMANY);
    private static final SpokenNameMatcher ENGLISH_LISTENER = SpokenNameMatcher.in(Locale.US);

    private static final List<String> PLAYLISTS = List.of("Running Mix", "Chill Vibes", "Road Trip 2024",
            "Top Hits 2020", "80s Hits", "Sommerhits", "Für die Küche", "Deep Focus", "Focus", "Liebeslieder",
            "Rock & Roll Classics", "Dinner Party", "Kinderlieder Teil 2", "Kinderlieder Teil 3", "Summer Hits 2023",
            "Summer Hits 2024", "Beyoncé Essentials", "Café del Mar");

    @ParameterizedTest(name = "\"{0}\" plays {1}")
    @CsvSource(delimiter = '|', textBlock = """
            running mix                    | Running Mix
            Running Mix!                   | Running Mix
            running                        | Running Mix
            the running mix                | Running Mix
            chill vibe                     | Chill Vibes
            chilled vibes                  | Chill Vibes
            road trip twenty twenty four   | Road Trip 2024
            road trip two thousand twenty four | Road Trip 2024
            top hits twenty twenty         | Top Hits 2020
            top hits zweitausendzwanzig    | Top Hits 2020
            eighties hits                  | 80s Hits
            achtziger hits                 | 80s Hits
            sommer hits                    | Sommerhits
            für die küche                  | Für die Küche
            fur die kuche                  | Für die Küche
            fuer die kueche                | Für die Küche
            rock and roll classics         | Rock & Roll Classics
            rock und roll classics         | Rock & Roll Classics
            focus                          | Focus
            deep focus                     | Deep Focus
            liebes lieder                  | Liebeslieder
            kinderlieder teil zwei         | Kinderlieder Teil 2
            kinderlieder teil drei         | Kinderlieder Teil 3
            summer hits twenty twenty four | Summer Hits 2024
            beyonce essentials             | Beyoncé Essentials
            cafe del mar                   | Café del Mar
            dinner                         | Dinner Party
            """)
    void clearWinnerIsPlayed(String heard, String expected) {
        assertEquals(new Match.Clear<>(expected), match(heard));
    }

    @ParameterizedTest(name = "\"{0}\" asks: {1} or {2}?")
    @CsvSource(delimiter = '|', textBlock = """
            summer hits  | Summer Hits 2023 | Summer Hits 2024
            kinderlieder | Kinderlieder Teil 2 | Kinderlieder Teil 3
            """)
    void twoCloseNamesAreAskedAbout(String heard, String first, String second) {
        Match<String> match = match(heard);
        Match.Close<String> close = (Match.Close<String>) match;
        assertEquals(List.of(first, second).stream().sorted().toList(),
                List.of(close.first(), close.second()).stream().sorted().toList());
    }

    @ParameterizedTest(name = "\"{0}\" suggests {1}")
    @CsvSource(delimiter = '|', textBlock = """
            dinner music        | Dinner Party
            rock classics party | Rock & Roll Classics
            running music       | Running Mix
            """)
    void somethingNearIsSuggested(String heard, String suggestion) {
        assertEquals(new Match.Suggestion<>(suggestion), match(heard));
    }

    @ParameterizedTest(name = "\"{0}\" matches nothing")
    @CsvSource(textBlock = """
            heavy metal
            podcasts about history
            xyz
            """)
    void nothingCloseMatchesNothing(String heard) {
        assertEquals(new Match.None<>(), match(heard));
    }

    @ParameterizedTest(name = "\"{0}\" is said as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            Top Hits 2020          | top hits 2020
            top hits twenty twenty | top hits 2020
            nineteen eighty four   | 1984
            twenty one pilots      | 21 pilots
            einundzwanzig          | 21
            one hundred and seven  | 107
            twenty and one         | 21
            rock and one           | rock and 1
            twenty and roll        | 20 and roll
            rock and roll          | rock and roll
            zwei                   | 2
            80er Hits              | 80s hits
            80's Hits              | 80s hits
            Größte Hits            | grosste hits
            Rock & Roll            | rock and roll
            """)
    void namesAreBroughtToTheirSpokenForm(String text, String spoken) {
        assertEquals(spoken, String.join(" ", GERMAN_LISTENER.words(text)));
    }

    @ParameterizedTest(name = "\"{0}\" is said as \"{1}\" in English")
    @CsvSource(delimiter = '|', textBlock = """
            Elf                    | elf
            Die Hard               | die hard
            rock und roll          | rock und roll
            top hits twenty twenty | top hits 2020
            Größte Hits            | grosste hits
            """)
    void anEnglishListenersNamesAreReadInEnglishOnly(String text, String spoken) {
        assertEquals(spoken, String.join(" ", ENGLISH_LISTENER.words(text)));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            twenty five   | 25
            25            | 25
            one hundred   | 100
            """)
    void aNumberSaidInWordsIsItsValue(String said, int value) {
        assertEquals(Optional.of(value), ENGLISH_LISTENER.number(said));
    }

    @ParameterizedTest(name = "\"{0}\" is no number")
    @CsvSource(textBlock = """
            twenty pilots
            running mix
            """)
    void wordsThatAreNotOneNumberAreNone(String said) {
        assertEquals(Optional.empty(), ENGLISH_LISTENER.number(said));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" points at what was offered")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | it
            en-GB | That one
            de-DE | es
            de-DE | die
            fr-FR | la
            fr-FR | ça
            es-ES | esa
            it-IT | questa
            pt-BR | essa
            """)
    void aPronounInsteadOfANamePointsAtWhatWasOffered(String locale, String said) {
        assertTrue(SpokenNameMatcher.in(Locale.forLanguageTag(locale)).pointsAtTheOffer(said));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is a name")
    @CsvSource(delimiter = '|', textBlock = """
            en-US | it might as well be swing
            en-US | this is daft punk
            en-US | es
            de-DE | die ärzte
            fr-FR | la vie en rose
            """)
    void aNameThatStartsWithAPronounIsAName(String locale, String said) {
        assertFalse(SpokenNameMatcher.in(Locale.forLanguageTag(locale)).pointsAtTheOffer(said));
    }

    private static Match<String> match(String heard) {
        return GERMAN_LISTENER.match(heard, PLAYLISTS, Function.identity());
    }
}
