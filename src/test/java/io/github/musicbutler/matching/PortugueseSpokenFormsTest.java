package io.github.musicbutler.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.musicbutler.matching.SpokenNameMatcher.Match;

/** Names as a Brazilian listener says them: accents, "e" inside numbers, "anos oitenta", articles and "de". */
class PortugueseSpokenFormsTest {

    private static final SpokenNameMatcher BRAZILIAN_LISTENER = SpokenNameMatcher.in(Locale.forLanguageTag("pt-BR"));

    private static final List<String> PLAYLISTS = List.of("Anos 80", "Sucessos dos Anos 90", "Forró das Antigas",
            "Café da Manhã", "Coração Partido", "Verão 2020", "Verão 2024", "Treino Pesado", "Top 120",
            "Sertanejo Raiz", "Eduardo e Mônica", "Músicas pra Correr");

    @ParameterizedTest(name = "\"{0}\" plays {1}")
    @CsvSource(delimiter = '|', textBlock = """
            anos oitenta                  | Anos 80
            sucessos dos anos noventa     | Sucessos dos Anos 90
            forro das antigas             | Forró das Antigas
            forró das antigas             | Forró das Antigas
            cafe da manha                 | Café da Manhã
            coracao partido               | Coração Partido
            verao dois mil e vinte        | Verão 2020
            a minha playlist treino pesado | Treino Pesado
            top cento e vinte             | Top 120
            sertanejo                     | Sertanejo Raiz
            eduardo e monica              | Eduardo e Mônica
            musicas pra correr            | Músicas pra Correr
            """)
    void clearWinnerIsPlayed(String heard, String expected) {
        assertEquals(new Match.Clear<>(expected), BRAZILIAN_LISTENER.match(heard, PLAYLISTS, Function.identity()));
    }

    @ParameterizedTest(name = "\"{0}\" is said as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            cento e vinte                 | 120
            dois mil e vinte              | 2020
            mil novecentos e oitenta      | 1980
            duzentas                      | 200
            dezesseis                     | 16
            dezessete                     | 17
            dezenove                      | 19
            catorze                       | 14
            quatorze                      | 14
            anos oitenta                  | anos 80
            Anos 80                       | anos 80
            Forró das Antigas             | forro antigas
            Coração de Estudante          | coracao estudante
            Eduardo e Mônica              | eduardo and monica
            """)
    void namesAreBroughtToTheirSpokenForm(String text, String spoken) {
        assertEquals(spoken, String.join(" ", BRAZILIAN_LISTENER.words(text)));
    }

    /**
     * "e" joins the units to the tens too ("vinte e um"), which the matcher does not read yet: it lets "and" carry a
     * number on only after hundreds or thousands ("one hundred and seven"), so "vinte e um" is "20 and 1".
     */
    @ParameterizedTest(name = "\"{0}\" is said as \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            vinte e um                        | 21
            cento e vinte e cinco             | 125
            dois mil e vinte e quatro         | 2024
            mil novecentos e oitenta e quatro | 1984
            verão dois mil e vinte e quatro   | verao 2024
            """)
    void unitsJoinedToTensByEAreOneNumber(String text, String spoken) {
        assertEquals(spoken, String.join(" ", BRAZILIAN_LISTENER.words(text)));
    }

    @ParameterizedTest(name = "\"{0}\" is position {1}")
    @CsvSource(delimiter = '|', textBlock = """
            o primeiro       | 1
            a primeira       | 1
            a segunda        | 2
            toca o terceiro  | 3
            a sétima música  | 7
            o décimo         | 10
            o último         | -1
            a última playlist | -1
            """)
    void positionsAreReadInBothGenders(String said, int position) {
        assertEquals(position, BRAZILIAN_LISTENER.position(said));
    }

    @ParameterizedTest(name = "\"{0}\" is the number {1}")
    @CsvSource(delimiter = '|', textBlock = """
            quarenta      | 40
            cem           | 100
            cento e dez   | 110
            dezenove      | 19
            """)
    void numbersAreReadFromTheirWords(String said, int number) {
        assertEquals(Optional.of(number), BRAZILIAN_LISTENER.number(said));
    }

    @ParameterizedTest(name = "\"{0}\" is the number {1}")
    @CsvSource(delimiter = '|', textBlock = """
            vinte e cinco | 25
            setenta e oito | 78
            """)
    void numbersWithUnitsAfterETensAreRead(String said, int number) {
        assertEquals(Optional.of(number), BRAZILIAN_LISTENER.number(said));
    }
}
