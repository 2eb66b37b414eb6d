package io.github.musicbutler.reply;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.i18n.SpeechCatalog;
import io.github.musicbutler.spotify.ReleaseDate;

/** When an episode came out, said as people of each language say a day. */
class ReleaseDatesTest {

    private final SpeechCatalog catalog = new SpeechCatalog();

    @Test
    void anEnglishDayIsSaidAsWritten() {
        assertEquals("from December 1, 2026", said("en-US", LocalDate.of(2026, 12, 1)));
    }

    @Test
    void theFirstOfAMonthIsAnOrdinalInFrench() {
        assertEquals("du premier décembre 2026", said("fr-FR", LocalDate.of(2026, 12, 1)));
    }

    @Test
    void otherFrenchDaysAreCardinals() {
        assertEquals("du 11 décembre 2031", said("fr-FR", LocalDate.of(2031, 12, 11)));
    }

    @Test
    void theFirstOfAMonthIsAnOrdinalInBrazilianPortuguese() {
        assertEquals("de primeiro de dezembro de 2026", said("pt-BR", LocalDate.of(2026, 12, 1)));
    }

    @Test
    void italianElidesBeforeTheEighthAndTheEleventh() {
        assertEquals("dell'8 dicembre 2026", said("it-IT", LocalDate.of(2026, 12, 8)));
        assertEquals("dell'11 dicembre 2026", said("it-IT", LocalDate.of(2026, 12, 11)));
    }

    @Test
    void italianKeepsDelBeforeOtherDays() {
        assertEquals("del 18 dicembre 2026", said("it-IT", LocalDate.of(2026, 12, 18)));
        assertEquals("del primo dicembre 2026", said("it-IT", LocalDate.of(2026, 12, 1)));
    }

    @Test
    void theFirstOfAMonthIsPrimeroInMexicoAndACardinalInSpain() {
        assertEquals("del primero de diciembre de 2026", said("es-MX", LocalDate.of(2026, 12, 1)));
        assertEquals("del 1 de diciembre de 2026", said("es-ES", LocalDate.of(2026, 12, 1)));
    }

    @Test
    void aGermanDayKeepsItsOwnOrdinalDot() {
        assertEquals("vom 1. Dezember 2026", said("de-DE", LocalDate.of(2026, 12, 1)));
    }

    private String said(String locale, LocalDate day) {
        return ReleaseDates.from(catalog.forLocale(locale), new ReleaseDate(day, ReleaseDate.Precision.DAY)).text();
    }
}
