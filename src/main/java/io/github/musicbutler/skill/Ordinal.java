package io.github.musicbutler.skill;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The second one", "2nd", "die zweite", "the last one": which of the options the skill offered was meant, for
 * every list it offers. AMAZON.Ordinal usually resolves to digits ("2", "2nd", "2."); when Alexa takes "the first
 * one" for a name, the words come, in English or German.
 */
public final class Ordinal {

    private static final int LAST = -1;
    private static final Pattern DIGITS = Pattern.compile("(?:number |nummer )?(\\d{1,3})(?:st|nd|rd|th|\\.)?");
    private static final Pattern GERMAN_ENDING = Pattern.compile("(.+?)(?:n|r|s|m)?$");
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
            Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("last", LAST),
            Map.entry("erste", 1), Map.entry("zweite", 2), Map.entry("dritte", 3), Map.entry("vierte", 4),
            Map.entry("funfte", 5), Map.entry("fünfte", 5), Map.entry("sechste", 6), Map.entry("siebte", 7),
            Map.entry("achte", 8), Map.entry("neunte", 9), Map.entry("zehnte", 10), Map.entry("letzte", LAST));

    private Ordinal() {
    }

    /** The option at the position that was said, if it names one of {@code options}. */
    public static <T> Optional<T> pick(List<T> options, String said) {
        int position = position(said);
        if (position == LAST) {
            position = options.size();
        }
        return position >= 1 && position <= options.size() ? Optional.of(options.get(position - 1)) : Optional.empty();
    }

    /** 1 for the first, {@code -1} for the last, 0 when no position was said. */
    static int position(String said) {
        if (said == null) {
            return 0;
        }
        String plain = said.strip().toLowerCase(Locale.ROOT);
        Matcher digits = DIGITS.matcher(plain);
        if (digits.matches()) {
            return Integer.parseInt(digits.group(1));
        }
        for (String word : plain.split("[^\\p{L}]+")) {
            Integer known = WORDS.get(word);
            if (known == null) {
                // German declines ordinals: "den ersten", "die zweite", "das dritte", "dem letzten".
                Matcher stem = GERMAN_ENDING.matcher(word);
                known = stem.matches() ? WORDS.get(stem.group(1)) : null;
            }
            if (known != null) {
                return known;
            }
        }
        return 0;
    }
}
