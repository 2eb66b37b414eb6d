package io.github.musicbutler.podcasts;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days an {@code AMAZON.DATE} slot stands for, from its first to its last. Alexa resolves "yesterday", "last
 * friday", "this week" or "december" itself, in the time zone of the listener's device, and sends an ISO form:
 * {@code 2026-12-06} (a day), {@code 2026-W49} (a week), {@code 2026-W49-WE} (its weekend), {@code 2026-12} (a
 * month), {@code 2026} (a year). So the skill needs neither a clock nor the listener's time zone to know which day
 * "yesterday" was. Decades, seasons and the like ({@code 201X}, {@code 2026-WI}) are not read.
 */
record AskedDate(LocalDate first, LocalDate last, Span span) {

    enum Span {
        DAY, WEEK, WEEKEND, MONTH, YEAR
    }

    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{1,2})(-WE)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    static Optional<AskedDate> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String said = value.strip();
        try {
            Matcher m;
            if ((m = DAY.matcher(said)).matches()) {
                LocalDate day = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
                return Optional.of(new AskedDate(day, day, Span.DAY));
            }
            if ((m = WEEK.matcher(said)).matches()) {
                LocalDate monday = LocalDate.of(num(m, 1), 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, num(m, 2))
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                boolean weekend = m.group(3) != null;
                LocalDate first = weekend ? monday.plusDays(5) : monday;
                return Optional.of(new AskedDate(first, monday.plusDays(6), weekend ? Span.WEEKEND : Span.WEEK));
            }
            if ((m = MONTH.matcher(said)).matches()) {
                LocalDate first = LocalDate.of(num(m, 1), num(m, 2), 1);
                return Optional.of(new AskedDate(first, first.withDayOfMonth(first.lengthOfMonth()), Span.MONTH));
            }
            if ((m = YEAR.matcher(said)).matches()) {
                LocalDate first = LocalDate.of(num(m, 1), 1, 1);
                return Optional.of(new AskedDate(first, first.withDayOfYear(first.lengthOfYear()), Span.YEAR));
            }
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
