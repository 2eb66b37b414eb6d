package io.github.musicbutler.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.musicbutler.matching.SpokenNameMatcher.Match;

/** How an Italian listener's words meet the names of their playlists and speakers. */
class ItalianSpokenFormsTest {

    private static final SpokenNameMatcher ITALIAN_LISTENER = SpokenNameMatcher.in(Locale.ITALY);

    private static final List<String> PLAYLISTS = List.of("Running Mix", "Anni 80", "Top 50 Italia",
            "33 Giri", "Radio 88", "Città di Notte", "Più Bella Cosa", "Rock & Pop", "Classici 1984",
            "Canzoni d'Amore", "Musica per Cucinare");

    private static final List<String> DEVICES = List.of("Cucina", "Soggiorno", "Telefono di Alex", "TV",
            "Camera da letto", "Telefono di Sam");

    @ParameterizedTest(name = "\"{0}\" plays {1}")
    @CsvSource(delimiter = '|', textBlock = """
            running mix                           | Running Mix
            la mia playlist running mix           | Running Mix
            anni ottanta                          | Anni 80
            gli anni ottanta                      | Anni 80
            top cinquanta italia                  | Top 50 Italia
            trentatré giri                        | 33 Giri
            trentatre giri                        | 33 Giri
            radio ottantotto                      | Radio 88
            città di notte                        | Città di Notte
            citta notte                           | Città di Notte
            piu bella cosa                        | Più Bella Cosa
            rock e pop                            | Rock & Pop
            classici mille novecento ottantaquattro | Classici 1984
            classici millenovecentottantaquattro | Classici 1984
            canzoni d'amore                       | Canzoni d'Amore
            musica per cucinare                   | Musica per Cucinare
            """)
    void aPlaylistIsFoundAsItalianSaysIt(String heard, String expected) {
        assertEquals(new Match.Clear<>(expected), ITALIAN_LISTENER.match(heard, PLAYLISTS, Function.identity()));
    }

    @ParameterizedTest(name = "\"{0}\" is said as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ventuno             | 21
            ventotto            | 28
            trentuno            | 31
            quarantatré         | 43
            novantanove         | 99
            venti uno           | 21
            cento               | 100
            trecento            | 300
            trecento sessantasei | 366
            sei mila            | 6000
            mille trecento      | 1300
            mille               | 1000
            due mila venti      | 2020
            duecento cinquanta  | 250
            venticinque         | 25
            millenovecentottantaquattro | 1984
            millenovecentonovanta | 1990
            duemilaventitré     | 2023
            tremila             | 3000
            centoventi          | 120
            novecentottantotto  | 988
            trecentotto         | 308
            centomila           | 100000
            """)
    void italianNumberWordsAreDigits(String text, String spoken) {
        assertEquals(spoken, String.join(" ", ITALIAN_LISTENER.words(text)));
    }

    @ParameterizedTest(name = "\"{0}\" is a word")
    @CsvSource(textBlock = """
            settembre
            novembre
            trentino
            centrale
            duetto
            seicentesco
            """)
    void aWordThatOnlyStartsLikeANumberStaysAWord(String word) {
        assertEquals(word, String.join(" ", ITALIAN_LISTENER.words(word)));
    }

    @ParameterizedTest(name = "\"{0}\" plays on {1}")
    @CsvSource(delimiter = '|', textBlock = """
            cucina            | Cucina
            telefono di alex  | Telefono di Alex
            telefono alex     | Telefono di Alex
            il telefono di sam | Telefono di Sam
            camera da letto   | Camera da letto
            tv                | TV
            """)
    void aSpeakerIsFoundAsItalianSaysIt(String heard, String expected) {
        assertEquals(new Match.Clear<>(expected), ITALIAN_LISTENER.match(heard, DEVICES, Function.identity()));
    }

    @Test
    void theKitchenSpeakerSaidInFullStillLeadsToTheKitchen() {
        assertEquals(new Match.Suggestion<>("Cucina"),
                ITALIAN_LISTENER.match("cassa della cucina", DEVICES, Function.identity()));
    }
}
