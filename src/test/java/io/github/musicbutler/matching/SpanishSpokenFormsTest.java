package io.github.musicbutler.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.musicbutler.matching.SpokenNameMatcher.Match;

/** How a Spanish speaker's names are heard: accents and ñ, number words, decades, articles, "y" for "and". */
class SpanishSpokenFormsTest {

    private static final SpokenNameMatcher SPANISH_LISTENER = SpokenNameMatcher.in(Locale.forLanguageTag("es-ES"));

    private static final List<String> PLAYLISTS = List.of("Running Mix", "Éxitos de los 80", "Clásicos de los 90s",
            "Canciones del Verano 2023", "Canciones del Verano 2024", "Música para Correr", "Año Nuevo",
            "Rock & Roll en Español", "Cumbias Sonideras", "Top 25", "Baladas", "Día de Lluvia");

    @ParameterizedTest(name = "\"{0}\" plays {1}")
    @CsvSource(delimiter = '|', textBlock = """
            éxitos de los ochenta                     | Éxitos de los 80
            exitos de los ochenta                     | Éxitos de los 80
            clásicos de los noventas                  | Clásicos de los 90s
            canciones del verano dos mil veinticuatro | Canciones del Verano 2024
            canciones del verano dos mil veintitrés   | Canciones del Verano 2023
            mi lista música para correr               | Música para Correr
            musica para correr                        | Música para Correr
            ano nuevo                                 | Año Nuevo
            rock y roll en español                    | Rock & Roll en Español
            la lista de cumbias sonideras             | Cumbias Sonideras
            top veinticinco                           | Top 25
            las baladas                               | Baladas
            dia de lluvia                             | Día de Lluvia
            """)
    void clearWinnerIsPlayed(String heard, String expected) {
        assertEquals(new Match.Clear<>(expected), SPANISH_LISTENER.match(heard, PLAYLISTS, Function.identity()));
    }

    @Test
    void aYearWithoutItsLastWordAsksWhichOne() {
        Match.Close<String> close = (Match.Close<String>) SPANISH_LISTENER.match("canciones del verano",
                PLAYLISTS, Function.identity());

        assertEquals(List.of("Canciones del Verano 2023", "Canciones del Verano 2024"),
                List.of(close.first(), close.second()).stream().sorted().toList());
    }

    @ParameterizedTest(name = "\"{0}\" is said as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            dieciséis                        | 16
            veintiún                         | 21
            veintidós                        | 22
            veintinueve                      | 29
            noventa                          | 90
            ciento siete                     | 107
            quinientos cincuenta             | 550
            dos mil veinte                   | 2020
            mil novecientos noventa          | 1990
            los ochentas                     | 80s
            Los 80's                         | 80s
            once                             | 11
            Niña Bonita                      | nina bonita
            Rock y Roll                      | rock and roll
            Sol e Iguana                     | sol and iguana
            """)
    void namesAreBroughtToTheirSpokenForm(String text, String spoken) {
        assertEquals(spoken, String.join(" ", SPANISH_LISTENER.words(text)));
    }

    /** From 31 on, Spanish joins tens and units with "y", its word for "and": "treinta y uno" is one number. */
    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            treinta y uno                    | 31
            mil novecientos ochenta y cuatro | 1984
            """)
    void tensAndAUnitJoinedByYAreOneNumber(String said, String spoken) {
        assertEquals(spoken, String.join(" ", SPANISH_LISTENER.words(said)));
    }

    @Test
    void aNumberSaidWithYFindsTheNameWrittenInDigits() {
        assertEquals(new Match.Clear<>("31 Minutos"), SPANISH_LISTENER.match("treinta y uno minutos",
                List.of("31 Minutos", "Running Mix"), Function.identity()));
    }

    @ParameterizedTest(name = "\"{0}\" is a position: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            primero | 1
            primera | 1
            primer  | 1
            segunda | 2
            tercer  | 3
            séptimo | 7
            décima  | 10
            último  | -1
            última  | -1
            """)
    void ordinalsOfBothGendersAreListed(String word, int position) {
        assertEquals(position, Spanish.FORMS.ordinals().get(String.join(" ", SPANISH_LISTENER.words(word))));
    }
}
