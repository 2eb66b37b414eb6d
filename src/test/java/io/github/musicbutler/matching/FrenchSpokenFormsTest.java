package io.github.musicbutler.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.musicbutler.matching.SpokenNameMatcher.Match;

/** French names as French speakers say them: accents, "œ", articles, "et", and the number words the matcher reads. */
class FrenchSpokenFormsTest {

    private static final SpokenNameMatcher FRENCH_LISTENER = SpokenNameMatcher.in(Locale.FRANCE);

    private static final List<String> PLAYLISTS = List.of("Été Indien", "Les Années 60", "Les Années 80",
            "Tubes de l'Été", "Top 2020", "Cœur de Pirate", "Rock & Roll", "Soirée", "Dîner entre amis",
            "Vingt-et-un", "Comptines Volume 2", "Comptines Volume 3", "Running Mix");

    @ParameterizedTest(name = "\"{0}\" plays {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ete indien                     | Été Indien
            été indien                     | Été Indien
            les années soixante            | Les Années 60
            années soixante                | Les Années 60
            tubes de l'été                 | Tubes de l'Été
            top deux mille vingt           | Top 2020
            top vingt vingt                | Top 2020
            coeur de pirate                | Cœur de Pirate
            rock et roll                   | Rock & Roll
            ma playlist soirée             | Soirée
            la soirée                      | Soirée
            diner entre amis               | Dîner entre amis
            vingt et un                    | Vingt-et-un
            comptines volume deux          | Comptines Volume 2
            comptines volume trois         | Comptines Volume 3
            les années quatre vingt        | Les Années 80
            """)
    void clearWinnerIsPlayed(String heard, String expected) {
        assertEquals(new Match.Clear<>(expected), match(heard));
    }

    @ParameterizedTest(name = "\"{0}\" is said as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            vingt deux                     | 22
            trente cinq                    | 35
            deux mille vingt quatre        | 2024
            deux cents                     | 200
            cent un                        | 101
            mille neuf cent soixante       | 1960
            seize                          | 16
            une                            | 1
            septante trois                 | 73
            dix sept                       | 17
            dix-neuf                       | 19
            soixante dix                   | 70
            soixante et onze               | 71
            soixante dix neuf              | 79
            quatre vingt                   | 80
            quatre-vingts                  | 80
            quatre vingt un                | 81
            quatre vingt dix               | 90
            quatre vingt dix sept          | 97
            mille neuf cent quatre vingt quatre | 1984
            nonante                        | 90
            Les Années 60                  | annees 60
            L'Été Indien                   | lete indien
            mes chansons d'été             | chansons dete
            """)
    void namesAreBroughtToTheirSpokenForm(String text, String spoken) {
        assertEquals(spoken, String.join(" ", FRENCH_LISTENER.words(text)));
    }

    @Test
    void theLigatureOeIsTheTwoLettersAlexaWrites() {
        assertEquals(FRENCH_LISTENER.words("coeur de pirate"), FRENCH_LISTENER.words("Cœur de Pirate"));
    }

    @Test
    void etIsReadAsAndBetweenWords() {
        assertEquals(FRENCH_LISTENER.words("Rock & Roll"), FRENCH_LISTENER.words("rock et roll"));
    }

    @Test
    void aNameWrittenWithHyphensIsTheWordsSaid() {
        assertEquals(FRENCH_LISTENER.words("vingt et un"), FRENCH_LISTENER.words("Vingt-et-un"));
    }

    private static Match<String> match(String heard) {
        return FRENCH_LISTENER.match(heard, PLAYLISTS, Function.identity());
    }
}
