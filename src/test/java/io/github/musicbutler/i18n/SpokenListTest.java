package io.github.musicbutler.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class SpokenListTest {

    private static final Speech SPANISH = speech("""
            list.and=y
            list.or=o
            list.and.before=(?iu)^h?[ií](?![aeouáéó])|e
            list.or.before=(?iu)^h?[oó]|u
            """);

    @Test
    void itemsAreJoinedWithTheLanguagesAnd() {
        assertEquals("Queen, Adele y Daft Punk",
                SpokenList.names(SPANISH, List.of("Queen", "Adele", "Daft Punk")).text());
    }

    @Test
    void theAndChangesBeforeTheSoundTheLanguageSaysSo() {
        assertEquals("Queen e Iron Maiden", SpokenList.names(SPANISH, List.of("Queen", "Iron Maiden")).text());
        assertEquals("Queen e Hijos", SpokenList.names(SPANISH, List.of("Queen", "Hijos")).text());
    }

    @Test
    void aSoundTheRuleExcludesKeepsTheAnd() {
        assertEquals("Queen y Hielo", SpokenList.names(SPANISH, List.of("Queen", "Hielo")).text());
    }

    @Test
    void theOrChangesToo() {
        assertEquals("Focus u Oasis",
                SpokenList.either(SPANISH, List.of(Phrase.of("Focus"), Phrase.of("Oasis"))).text());
        assertEquals("Focus o Deep Focus",
                SpokenList.either(SPANISH, List.of(Phrase.of("Focus"), Phrase.of("Deep Focus"))).text());
    }

    @Test
    void aLanguageWithoutSuchARuleAlwaysSaysItsAnd() {
        Speech english = speech("list.and=and\n");
        assertEquals("Queen and Iron Maiden", SpokenList.names(english, List.of("Queen", "Iron Maiden")).text());
    }

    private static Speech speech(String lines) {
        Properties texts = new Properties();
        try {
            texts.load(new StringReader(lines));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new Speech(Locale.ROOT, texts);
    }
}
