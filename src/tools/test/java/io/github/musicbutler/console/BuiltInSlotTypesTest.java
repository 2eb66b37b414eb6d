package io.github.musicbutler.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.github.musicbutler.support.SkillLocales;

class BuiltInSlotTypesTest {

    @ParameterizedTest(name = "\"{1}\" in {0} is {2}")
    @CsvSource({
            "en-US, 7, 7",
            "en-US, zero, 0",
            "en-US, twelve, 12",
            "en-US, twenty, 20",
            "en-US, twenty five, 25",
            "en-US, twenty-five, 25",
            "en-US, a hundred, 100",
            "en-US, one hundred and five, 105",
            "en-US, two thousand twenty six, 2026",
            "de-DE, twenty five, 25",
            "de-DE, null, 0",
            "de-DE, eins, 1",
            "de-DE, zwölf, 12",
            "de-DE, sechzehn, 16",
            "de-DE, einundzwanzig, 21",
            "de-DE, fünfundzwanzig, 25",
            "de-DE, dreißig, 30",
            "de-DE, hundert, 100",
            "de-DE, zweihundertdrei, 203",
            "de-DE, zweitausendsechsundzwanzig, 2026"})
    void aNumberSpokenInTheListenersLanguageOrEnglishBecomesDigits(String locale, String spoken, String digits) {
        assertEquals(Optional.of(digits), BuiltInSlotTypes.value(BuiltInSlotTypes.NUMBER, spoken, locale));
    }

    @ParameterizedTest(name = "\"{1}\" in {0} is no number")
    @CsvSource({"en-US, loud", "en-US, twenty loud", "de-DE, und", "de-DE, fünfundloud", "en-US, fünfundzwanzig"})
    void wordsThatAreNoNumberDoNotFillANumberSlot(String locale, String spoken) {
        assertEquals(Optional.empty(), BuiltInSlotTypes.value(BuiltInSlotTypes.NUMBER, spoken, locale));
    }

    @ParameterizedTest(name = "\"{1}\" in {0} is position {2}")
    @CsvSource({"en-US, first, 1", "en-US, second, 2", "en-GB, 3rd, 3", "en-US, tenth, 10", "de-DE, zweiten, 2",
            "de-DE, letzten, ''", "en-US, last, ''", "en-US, the second one, ''", "en-US, 2, ''"})
    void anOrdinalWordBecomesItsPositionAndNothingElseFillsTheSlot(String locale, String spoken, String digits) {
        assertEquals(digits.isEmpty() ? Optional.empty() : Optional.of(digits),
                BuiltInSlotTypes.value(BuiltInSlotTypes.ORDINAL, spoken, locale));
    }

    @ParameterizedTest(name = "{0} takes the words as said")
    @CsvSource({"AMAZON.Musician", "AMAZON.SearchQuery", "AMAZON.City"})
    void otherBuiltInTypesTakeTheWordsAsSaid(String type) {
        assertEquals(Optional.of("daft punk"), BuiltInSlotTypes.value(type, "daft punk", "en-US"));
    }

    static Stream<Arguments> examples() {
        return SkillLocales.all().stream().flatMap(locale -> Stream.of(BuiltInSlotTypes.ORDINAL,
                BuiltInSlotTypes.NUMBER, "AMAZON.Musician", BuiltInSlotTypes.SEARCH_QUERY)
                .map(type -> Arguments.of(type, locale)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("examples")
    void everyExampleIsUnderstoodAsItsValue(String type, String locale) {
        BuiltInSlotTypes.Example example = BuiltInSlotTypes.example(type, locale);

        assertEquals(Optional.of(example.value()), BuiltInSlotTypes.value(type, example.spoken(), locale));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en-US, second|twenty five|bohemian rhapsody", "de-DE, zweiten|fünfundzwanzig|die toten hosen"})
    void theExamplesAreInTheListenersLanguage(String locale, String spoken) {
        assertEquals(List.of(spoken.split("\\|")), Stream.of(BuiltInSlotTypes.ORDINAL, BuiltInSlotTypes.NUMBER,
                "AMAZON.City").map(type -> BuiltInSlotTypes.example(type, locale).spoken()).toList());
    }
}
