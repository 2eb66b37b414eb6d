package io.github.musicbutler.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Alexa does for {@code AMAZON.Ordinal}: "the second one" fills the slot with the digits {@code 2}. Only
 * ordinals fill it; anything else does not match a sample with such a slot. First to tenth is enough for choosing
 * among the few options a voice answer offers.
 */
final class Ordinals {

    private static final List<String> ENGLISH = List.of(
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final List<String> GERMAN_STEMS = List.of(
            "erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt");
    private static final List<String> GERMAN_ENDINGS = List.of("e", "en", "er", "es", "em");

    private static final Map<String, String> BY_WORD = new HashMap<>();

    static {
        for (int i = 0; i < ENGLISH.size(); i++) {
            String digits = Integer.toString(i + 1);
            BY_WORD.put(ENGLISH.get(i), digits);
            BY_WORD.put(digits + englishSuffix(i + 1), digits);
            for (String ending : GERMAN_ENDINGS) {
                BY_WORD.put(GERMAN_STEMS.get(i) + ending, digits);
            }
        }
    }

    private Ordinals() {
    }

    /** The position {@code words} name ("second" → "2", "zweiten" → "2"), if they are an ordinal. */
    static Optional<String> value(String words) {
        return Optional.ofNullable(BY_WORD.get(words));
    }

    private static String englishSuffix(int n) {
        return switch (n) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
