package io.github.musicbutler.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrdinalTest {

    private static final List<String> OFFERED = List.of("Focus", "Deep Focus", "Focus Flow", "Lo-Fi", "Study");

    @ParameterizedTest(name = "\"{0}\" is option {1}")
    @CsvSource({
            "1, Focus", "2nd, Deep Focus", "3., Focus Flow", "number 4, Lo-Fi",
            "the first one, Focus", "the second, Deep Focus", "third, Focus Flow", "the fifth one, Study",
            "the last one, Study", "last, Study",
            "die erste, Focus", "den zweiten, Deep Focus", "das dritte, Focus Flow", "die letzte, Study", "den letzten, Study"
    })
    void aSpokenPositionPicksThatOption(String said, String expected) {
        assertEquals(Optional.of(expected), Ordinal.pick(OFFERED, said));
    }

    @ParameterizedTest(name = "\"{0}\" picks nothing")
    @CsvSource({ "6", "the tenth one", "0", "deep focus", "the other one" })
    void aPositionThatIsNotOfferedOrNoPositionPicksNothing(String said) {
        assertEquals(Optional.empty(), Ordinal.pick(OFFERED, said));
    }
}
