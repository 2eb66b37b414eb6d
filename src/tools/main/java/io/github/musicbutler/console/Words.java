package io.github.musicbutler.console;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What is left of typed text once it is reduced to what a speech recogniser hears: lower-case words, no
 * punctuation, apostrophes kept inside words ("what's"), hyphens as spaces ("Top-Künstler" is "top künstler").
 */
final class Words {

    private static final Pattern NOT_A_WORD_CHARACTER = Pattern.compile("[^\\p{L}\\p{N}'{}]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\w+}");
    private static final Pattern STRAY_APOSTROPHE = Pattern.compile("(?<![\\p{L}\\p{N}])'|'(?![\\p{L}\\p{N}])");

    private Words() {
    }

    /** The words of {@code text}; slot placeholders such as {@code {playlist}} stay one word. */
    static List<String> of(String text) {
        String normalised = text.replace('\u2019', '\'').replace('\u2018', '\'');
        normalised = NOT_A_WORD_CHARACTER.matcher(normalised).replaceAll(" ");
        normalised = STRAY_APOSTROPHE.matcher(normalised).replaceAll(" ").strip();
        if (normalised.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(normalised.split(" +"))
                .map(word -> PLACEHOLDER.matcher(word).matches() ? word : word.toLowerCase(Locale.ROOT))
                .toList();
    }

    static String phrase(String text) {
        return String.join(" ", of(text));
    }
}
