package io.github.musicbutler.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The languages whose spoken forms {@link SpokenNameMatcher} reads, all at once: a name is matched the same way
 * whatever the listener's locale, so a German speaker's "Achtziger" finds an English "80s Hits". Adding a language is
 * adding its {@link SpokenForms} table to {@link #ALL}; a word two tables read differently is refused when they are
 * read together, which every test of the matcher does.
 */
final class Languages {

    static final List<SpokenForms> ALL = List.of(English.FORMS, German.FORMS, French.FORMS);

    /** Every table's letters, spellings, words and numbers together, as the matcher looks them up. */
    record Vocabulary(Map<String, String> letters, Map<String, String> spellings, Set<String> ands,
            Map<String, Integer> numbers, List<Compounding> compounds, Map<String, String> decades,
            Pattern decadeDigits, Set<String> fillers) {
    }

    /** One language's numbers written as one word: its parts, longest first, and the word joining them. */
    record Compounding(String joiner, Pattern part, Map<String, Integer> values) {
    }

    static final Vocabulary VOCABULARY = vocabulary(ALL);

    private Languages() {
    }

    static Vocabulary vocabulary(List<SpokenForms> languages) {
        // Sorted, so that the words are folded in the same order whatever order the tables are listed in.
        Map<String, String> letters = new TreeMap<>();
        Map<String, String> spellings = new TreeMap<>();
        Set<String> ands = new HashSet<>();
        Map<String, Integer> numbers = new HashMap<>();
        List<Compounding> compounds = new ArrayList<>();
        Map<String, String> decades = new HashMap<>();
        Set<String> suffixes = new HashSet<>();
        Set<String> fillers = new HashSet<>();
        for (SpokenForms language : languages) {
            mergeInto(letters, language.letters());
            mergeInto(spellings, language.spellings());
            ands.addAll(language.ands());
            mergeInto(numbers, language.numbers());
            language.compounds().ifPresent(compound -> compounds.add(compounding(language, compound)));
            mergeInto(decades, language.decades());
            suffixes.addAll(language.decadeSuffixes());
            fillers.addAll(language.fillers());
        }
        Pattern decadeDigits = Pattern.compile("(\\d0)(?:" + alternatives(suffixes) + ")");
        return new Vocabulary(letters, spellings, ands, numbers, List.copyOf(compounds), decades, decadeDigits, fillers);
    }

    private static Compounding compounding(SpokenForms language, SpokenForms.Compounds compound) {
        Map<String, Integer> values = new HashMap<>();
        language.numbers().forEach((word, value) -> {
            if (value > 0) {
                values.put(word, value);
            }
        });
        mergeInto(values, compound.parts());
        Set<String> parts = new HashSet<>(values.keySet());
        parts.add(compound.joiner());
        return new Compounding(compound.joiner(), Pattern.compile("(" + alternatives(parts) + ")"), values);
    }

    /** The words as regular expression alternatives, longest first, so that "dreizehn" is not read as "drei". */
    private static String alternatives(Set<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    private static <V> void mergeInto(Map<String, V> all, Map<String, V> more) {
        more.forEach((word, value) -> {
            V before = all.putIfAbsent(word, value);
            if (before != null && !before.equals(value)) {
                throw new IllegalStateException("\"" + word + "\" is read as " + before + " and as " + value);
            }
        });
    }
}
