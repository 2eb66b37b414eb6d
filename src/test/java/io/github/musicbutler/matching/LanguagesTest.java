package io.github.musicbutler.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The languages' tables read together: a language is added as a table, and two tables may not disagree on a word. */
class LanguagesTest {

    @Test
    void aLanguageIsATable() {
        SpokenForms french = new SpokenForms("fr", Map.of(), Map.of(), Set.of("et"),
                Map.of("vingt", 20, "deux", 2), Optional.empty(), Map.of(), Set.of(), Set.of("la", "ma"),
                Map.of("deuxieme", 2), Set.of());

        Languages.Vocabulary vocabulary = Languages.vocabulary(List.of(English.FORMS, french));

        assertEquals(20, vocabulary.numbers().get("vingt"));
        assertEquals(20, vocabulary.numbers().get("twenty"));
        assertEquals(Set.of("and", "et"), vocabulary.ands());
    }

    @Test
    void twoLanguagesReadingOneWordAsTwoNumbersAreRefused() {
        SpokenForms odd = new SpokenForms("xx", Map.of(), Map.of(), Set.of(), Map.of("elf", 1), Optional.empty(),
                Map.of(), Set.of(), Set.of(), Map.of(), Set.of());

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Languages.vocabulary(List.of(German.FORMS, odd)));
        assertEquals("\"elf\" is read as 11 and as 1", refused.getMessage());
    }
}
