package io.github.musicbutler.reply;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.spotify.ReleaseDate;

/**
 * When something came out, said in the listener's language and only as exactly as Spotify knows it: "from December
 * 4, 2026" / "vom 4. Dezember 2026" for a day, "from December 2026" / "aus dem Dezember 2026" for a month, "from
 * 2026" / "aus dem Jahr 2026" for a year ({@code released.day}, {@code released.month}, {@code released.year}).
 * A day is said as the language writes it ({@link #day}), and the words before it may change for it
 * ({@link Speech#sayBefore}: Italian "dell'8 dicembre").
 */
public final class ReleaseDates {

    /** The day's number in a long date: a 1 that is not part of a longer number (the year's). */
    private static final Pattern FIRST = Pattern.compile("(?<!\\d)1(?!\\d)");

    private ReleaseDates() {
    }

    public static Phrase from(Speech speech, ReleaseDate date) {
        return switch (date.precision()) {
            case DAY -> {
                String day = day(speech, date.first());
                yield speech.sayBefore(day, "released.day", day);
            }
            // a month and its year as the language joins them: "December 2026", "diciembre de 2026"
            case MONTH -> speech.say("released.month",
                    DateTimeFormatter.ofLocalizedPattern("yMMMM").withLocale(speech.locale()).format(date.first()));
            // a year is a name here, not a number: never "2.026"
            case YEAR -> speech.say("released.year", String.valueOf(date.first().getYear()));
        };
    }

    /**
     * A day as the language writes it in full ("December 1, 2026", "1. Dezember 2026"). Where the first of a month is
     * an ordinal, the language's {@code date.first} says how it is written ("1er décembre 2026", "1º de dezembro de
     * 2026"): Java's dates write a bare "1", which the speech would read as a cardinal.
     */
    public static String day(Speech speech, LocalDate date) {
        String day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(speech.locale()).format(date);
        if (date.getDayOfMonth() == 1 && speech.has("date.first")) {
            return FIRST.matcher(day).replaceFirst(Matcher.quoteReplacement(speech.say("date.first").text()));
        }
        return day;
    }

}
