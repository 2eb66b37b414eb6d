package io.github.musicbutler.spotify;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Optional;

/**
 * When an episode, album or chapter came out, as exactly as Spotify knows it: {@code release_date} with its
 * {@code release_date_precision} ({@code "2026-12-04"} day, {@code "2026-12"} month, {@code "2026"} year).
 * {@link #first()} is the first day the date covers, {@link #last()} the last.
 */
public record ReleaseDate(LocalDate first, Precision precision) {

    public enum Precision {
        DAY, MONTH, YEAR
    }

    /**
     * The date Spotify gave, empty when it gave none or one that is not a date. A missing or unknown precision is
     * read from the date's form, which the description says it matches.
     */
    public static Optional<ReleaseDate> of(String date, String precision) {
        if (date == null || date.isBlank()) {
            return Optional.empty();
        }
        String said = date.strip();
        Precision exact = precision(precision).orElse(switch (said.length()) {
            case 4 -> Precision.YEAR;
            case 7 -> Precision.MONTH;
            default -> Precision.DAY;
        });
        try {
            // the first day of what is given, however much of a full date Spotify wrote
            String[] parts = said.split("-");
            int year = Integer.parseInt(parts[0]);
            int month = exact == Precision.YEAR || parts.length < 2 ? 1 : Integer.parseInt(parts[1]);
            int day = exact != Precision.DAY || parts.length < 3 ? 1 : Integer.parseInt(parts[2]);
            return Optional.of(new ReleaseDate(LocalDate.of(year, month, day), exact));
        } catch (NumberFormatException | DateTimeException notADate) {
            return Optional.empty();
        }
    }

    /** The last day the date covers: the day itself, the month's last or the year's last. */
    public LocalDate last() {
        return switch (precision) {
            case DAY -> first;
            case MONTH -> first.withDayOfMonth(first.lengthOfMonth());
            case YEAR -> first.withDayOfYear(first.lengthOfYear());
        };
    }

    /** Whether any day of this date lies between {@code from} and {@code to}, both included. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !last().isBefore(from) && !first.isAfter(to);
    }

    private static Optional<Precision> precision(String precision) {
        if (precision == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Precision.valueOf(precision.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
