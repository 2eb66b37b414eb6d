package io.github.musicbutler.reply;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.spotify.ReleaseDate;

/**
 * When something came out, said in the listener's language and only as exactly as Spotify knows it: "from December
 * 4, 2026" / "vom 4. Dezember 2026" for a day, "from December 2026" / "aus dem Dezember 2026" for a month, "from
 * 2026" / "aus dem Jahr 2026" for a year ({@code released.day}, {@code released.month}, {@code released.year}).
 */
public final class ReleaseDates {

    private ReleaseDates() {
    }

    public static Phrase from(Speech speech, ReleaseDate date) {
        return switch (date.precision()) {
            case DAY -> speech.say("released.day",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(speech.locale()).format(date.first()));
            // a month and its year as the language joins them: "December 2026", "diciembre de 2026"
            case MONTH -> speech.say("released.month",
                    DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(speech.locale()).format(date.first()));
            // a year is a name here, not a number: never "2.026"
            case YEAR -> speech.say("released.year", String.valueOf(date.first().getYear()));
        };
    }
}
