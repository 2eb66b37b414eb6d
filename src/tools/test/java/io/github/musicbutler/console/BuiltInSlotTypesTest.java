package io.github.musicbutler.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BuiltInSlotTypesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "7, 7",
            "zero, 0",
            "twelve, 12",
            "twenty, 20",
            "twenty five, 25",
            "twenty-five, 25",
            "a hundred, 100",
            "one hundred and five, 105",
            "two thousand twenty six, 2026",
            "null, 0",
            "eins, 1",
            "zwölf, 12",
            "sechzehn, 16",
            "einundzwanzig, 21",
            "fünfundzwanzig, 25",
            "dreißig, 30",
            "hundert, 100",
            "zweihundertdrei, 203",
            "zweitausendsechsundzwanzig, 2026"})
    void aNumberSpokenInEnglishOrGermanBecomesDigits(String spoken, String digits) {
        assertEquals(Optional.of(digits), BuiltInSlotTypes.value(BuiltInSlotTypes.NUMBER, spoken));
    }

    @ParameterizedTest(name = "\"{0}\" is no number")
    @CsvSource({"loud", "twenty loud", "und", "fünfundloud"})
    void wordsThatAreNoNumberDoNotFillANumberSlot(String spoken) {
        assertEquals(Optional.empty(), BuiltInSlotTypes.value(BuiltInSlotTypes.NUMBER, spoken));
    }

    @ParameterizedTest(name = "\"{0}\" is position {1}")
    @CsvSource({"first, 1", "second, 2", "3rd, 3", "tenth, 10", "zweiten, 2", "letzten, ''"})
    void anOrdinalBecomesItsPositionAndNothingElseFillsTheSlot(String spoken, String digits) {
        assertEquals(digits.isEmpty() ? Optional.empty() : Optional.of(digits),
                BuiltInSlotTypes.value(BuiltInSlotTypes.ORDINAL, spoken));
    }

    @ParameterizedTest(name = "{0} takes the words as said")
    @CsvSource({"AMAZON.Musician", "AMAZON.SearchQuery", "AMAZON.City"})
    void otherBuiltInTypesTakeTheWordsAsSaid(String type) {
        assertEquals(Optional.of("daft punk"), BuiltInSlotTypes.value(type, "daft punk"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"AMAZON.Ordinal, en-US", "AMAZON.Ordinal, de-DE", "AMAZON.NUMBER, en-GB", "AMAZON.NUMBER, de-DE",
            "AMAZON.Musician, en-US", "AMAZON.SearchQuery, de-DE"})
    void everyExampleIsUnderstoodAsItsValue(String type, String locale) {
        BuiltInSlotTypes.Example example = BuiltInSlotTypes.example(type, locale);

        assertEquals(Optional.of(example.value()), BuiltInSlotTypes.value(type, example.spoken()));
    }
}
