package io.github.musicbutler.console;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import io.github.musicbutler.matching.SpokenNameMatcher;

/**
 * What Alexa does with the words of a slot whose type is one of Amazon's: {@code AMAZON.Ordinal} and
 * {@code AMAZON.NUMBER} take only what they can turn into digits ("second" → {@code 2}, "twenty five" →
 * {@code 25}, "fünfundzwanzig" → {@code 25}), and a sample with such a slot does not match other words; every other
 * built-in type ({@code AMAZON.Musician}, {@code AMAZON.SearchQuery}, …) takes the words as they were said. Numbers
 * and ordinals are read as the skill reads them, with the listener's language's table ({@link SpokenNameMatcher}),
 * so a language the skill learns is one the console counts in.
 */
final class BuiltInSlotTypes {

    static final String ORDINAL = "AMAZON.Ordinal";
    static final String NUMBER = "AMAZON.NUMBER";
    static final String SEARCH_QUERY = "AMAZON.SearchQuery";
    static final String DATE = "AMAZON.DATE";

    /** Words a person would say for a slot of this type, and the value Alexa would send for them. */
    record Example(String spoken, String value) {
    }

    private BuiltInSlotTypes() {
    }

    /** The slot value Alexa sends for {@code words} said in {@code locale} in a slot of this type, if they fit it. */
    static Optional<String> value(String type, String words, String locale) {
        SpokenNameMatcher matcher = SpokenNameMatcher.in(Locale.forLanguageTag(locale));
        return switch (type) {
            case ORDINAL -> ordinal(words, matcher).map(String::valueOf);
            case NUMBER -> matcher.number(words).map(String::valueOf);
            // Alexa resolves a day in the time zone of the listener's device; the console's device is in UTC.
            case DATE -> ConsoleLanguage.of(locale).daysAgo(words)
                    .map(days -> LocalDate.now(ZoneOffset.UTC).minusDays(days).toString());
            default -> Optional.of(words);
        };
    }

    /** Something a person would say for a slot of this built-in type, in the locale's language. */
    static Example example(String type, String locale) {
        if (type.equals(DATE)) {
            String yesterday = ConsoleLanguage.of(locale).yesterday();
            return new Example(yesterday, value(DATE, yesterday, locale).orElseThrow());
        }
        return ConsoleLanguage.of(locale).example(type);
    }

    /**
     * One ordinal word ("second", "zweiten", "3rd"): Alexa fills the slot with its position. "Last" has no number,
     * and words around the ordinal ("the second one") or bare digits are no ordinal of their own.
     */
    private static Optional<Integer> ordinal(String words, SpokenNameMatcher matcher) {
        String word = words.strip();
        if (word.isEmpty() || word.contains(" ") || word.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        int position = matcher.position(word);
        return position > 0 ? Optional.of(position) : Optional.empty();
    }
}
