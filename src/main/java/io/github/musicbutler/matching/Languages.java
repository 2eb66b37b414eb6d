package io.github.musicbutler.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The languages whose spoken forms {@link SpokenNameMatcher} reads. A name is read in the listener's language and in
 * English, which names in every country's music are so often in: a German speaker's "Achtziger" finds an English
 * "80s Hits", while an English "Elf" playlist stays an elf, and an Italian "due" is not spelled as German's "ue".
 * Adding a language is adding its {@link SpokenForms} table to {@link #ALL}; a word that the table and English read
 * differently is refused.
 */
final class Languages {

    static final List<SpokenForms> ALL = List.of(English.FORMS, German.FORMS, French.FORMS, Italian.FORMS,
            Spanish.FORMS, Portuguese.FORMS);

    /** A listener's language's spellings, words and numbers, with English's, and every language's letters. */
    record Vocabulary(String language, Map<String, String> letters, Map<String, String> spellings, Set<String> ands,
            Map<String, Integer> numbers, List<Compounding> compounds, Map<String, String> decades,
            Pattern decadeDigits, Set<String> fillers, Map<String, Integer> ordinals, Set<String> ordinalEndings,
            Optional<Pattern> numberPhrases, Set<String> pointers) {
    }

    /** One language's numbers written as one word: its parts, longest first, and the word joining them. */
    record Compounding(String joiner, List<String> parts, Map<String, Integer> values) {
    }

    private static final Map<String, Vocabulary> BY_LANGUAGE = byLanguage(ALL);

    private Languages() {
    }

    /** The vocabulary for a listener of {@code locale}: their language's and English; English for any other. */
    static Vocabulary of(Locale locale) {
        return BY_LANGUAGE.getOrDefault(locale.getLanguage(), BY_LANGUAGE.get(English.FORMS.language()));
    }

    static Map<String, Vocabulary> byLanguage(List<SpokenForms> languages) {
        // A letter is written one way whoever reads it: an English listener's "Größte Hits" is "grosste hits" too.
        SortedMap<String, String> letters = new TreeMap<>();
        languages.forEach(language -> mergeInto(letters, language.letters()));
        Map<String, Vocabulary> byLanguage = new HashMap<>();
        for (SpokenForms language : languages) {
            List<SpokenForms> read = language.language().equals(English.FORMS.language())
                    ? List.of(language) : List.of(English.FORMS, language);
            if (byLanguage.put(language.language(), vocabulary(language.language(), read, letters)) != null) {
                throw new IllegalStateException("two tables for the language " + language.language());
            }
        }
        return Map.copyOf(byLanguage);
    }

    private static Vocabulary vocabulary(String name, List<SpokenForms> languages, SortedMap<String, String> letters) {
        SortedMap<String, String> spellings = new TreeMap<>();
        Set<String> ands = new HashSet<>();
        Map<String, Integer> numbers = new HashMap<>();
        List<Compounding> compounds = new ArrayList<>();
        Map<String, String> decades = new HashMap<>();
        Set<String> suffixes = new HashSet<>();
        Set<String> fillers = new HashSet<>();
        Map<String, Integer> ordinals = new HashMap<>();
        Set<String> ordinalEndings = new HashSet<>();
        Set<String> pointers = new HashSet<>();
        for (SpokenForms language : languages) {
            mergeInto(spellings, language.spellings());
            ands.addAll(language.ands());
            mergeInto(numbers, language.numbers());
            language.compounds().ifPresent(compound -> compounds.add(compounding(language, compound)));
            mergeInto(decades, language.decades());
            suffixes.addAll(language.decadeSuffixes());
            fillers.addAll(language.fillers());
            mergeInto(ordinals, language.ordinals());
            ordinalEndings.addAll(language.ordinalEndings());
            pointers.addAll(language.pointers());
        }
        Pattern decadeDigits = Pattern.compile("(\\d0)(?:" + alternatives(suffixes) + ")");
        // numbers said in several words that do not add up ("quatre vingt" is 80), longest first: "quatre vingt dix"
        // is 90, not 80 and 10
        Set<String> phrases = numbers.keySet().stream().filter(word -> word.contains(" ")).collect(Collectors.toSet());
        Optional<Pattern> numberPhrases = phrases.isEmpty() ? Optional.empty()
                : Optional.of(Pattern.compile("(?<![a-z0-9])(?:" + alternatives(phrases) + ")(?![a-z0-9])"));
        // sorted, so that the words are folded in the same order whatever order the tables are listed in
        return new Vocabulary(name, Collections.unmodifiableSortedMap(letters), Collections.unmodifiableSortedMap(spellings), Set.copyOf(ands), Map.copyOf(numbers),
                List.copyOf(compounds), Map.copyOf(decades), decadeDigits, Set.copyOf(fillers), Map.copyOf(ordinals),
                Set.copyOf(ordinalEndings), numberPhrases, Set.copyOf(pointers));
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
        if (!compound.joiner().isEmpty()) {
            parts.add(compound.joiner());
        }
        return new Compounding(compound.joiner(), parts.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList(), values);
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
