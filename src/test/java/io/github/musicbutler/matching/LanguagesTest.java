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
                Map.of("deuxieme", 2), Set.of(), Set.of("la"));

        Languages.Vocabulary vocabulary = Languages.byLanguage(List.of(English.FORMS, German.FORMS, french)).get("fr");

        assertEquals(20, vocabulary.numbers().get("vingt"));
        assertEquals(20, vocabulary.numbers().get("twenty"));
        assertEquals(Set.of("and", "et"), vocabulary.ands());
        assertEquals(2, vocabulary.ordinals().get("deuxieme"));
        assertEquals(Set.of("la", "it", "that", "this", "that one", "this one"), vocabulary.pointers());
    }

    @Test
    void aLanguageIsReadWithEnglishOnly() {
        Map<String, Languages.Vocabulary> languages = Languages.byLanguage(Languages.ALL);

        assertEquals(null, languages.get("en").numbers().get("elf"), "an English elf is no number");
        assertEquals(11, languages.get("de").numbers().get("elf"));
        assertEquals(20, languages.get("de").numbers().get("twenty"));
    }

    @Test
    void twoTablesForOneLanguageAreRefused() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Languages.byLanguage(List.of(English.FORMS, German.FORMS, German.FORMS)));
        assertEquals("two tables for the language de", refused.getMessage());
    }

    @Test
    void aListenerHearsNamesInTheirLanguageAndAnyOtherInEnglish() {
        Languages.ALL.forEach(table -> assertEquals(table.language(),
                Languages.of(java.util.Locale.forLanguageTag(table.language() + "-XX")).language()));
        assertEquals("en", Languages.of(java.util.Locale.JAPAN).language());
    }

    @Test
    void aLanguageReadingAWordAsAnotherNumberThanEnglishIsRefused() {
        SpokenForms odd = new SpokenForms("xx", Map.of(), Map.of(), Set.of(), Map.of("one", 11), Optional.empty(),
                Map.of(), Set.of(), Set.of(), Map.of(), Set.of(), Set.of());

        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> Languages.byLanguage(List.of(English.FORMS, odd)));
        assertEquals("\"one\" is read as 1 and as 11", refused.getMessage());
    }
}
