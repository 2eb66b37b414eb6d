package io.github.musicbutler.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds which of the user's names (playlists, devices) Alexa heard. Both sides are brought to one spoken form
 * first: lower case, no accents or punctuation, German umlauts as Alexa's English recognition spells them
 * ("für", "fuer" and "fur" agree), numbers said as words as digits ("twenty twenty" is "2020", "zwei" is "2"),
 * decades ("eighties", "achtziger", "80er", "80's" are "80s"). What each language says is a table of its own
 * ({@link SpokenForms}, listed in {@link Languages}); this class only reads them, in the listener's language and
 * English ({@link #in(Locale)}). Then word overlap (Jaro-Winkler per
 * word, so a misheard word still counts) and the edit distance of the whole name decide how close each name is.
 */
public final class SpokenNameMatcher {

    /** What was heard, against the user's names. */
    public sealed interface Match<T> {
        /** One name is clearly meant. */
        record Clear<T>(T choice) implements Match<T> { }
        /** Two names are about equally close: ask which. */
        record Close<T>(T first, T second) implements Match<T> { }
        /** Nothing clear, but one name comes near: offer it. */
        record Suggestion<T>(T guess) implements Match<T> { }
        /** Nothing comes near. */
        record None<T>() implements Match<T> { }
    }

    /** The position {@link #position} gives "the last one". */
    public static final int LAST = SpokenForms.LAST;

    static final double CLEAR = 0.8;
    static final double NEAR = 0.5;
    static final double TIE = 0.08;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}");
    private static final Map<String, SpokenNameMatcher> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** The listener's language's spoken forms ({@link Languages}): the only part of the matcher that knows one. */
    private final Languages.Vocabulary forms;

    private SpokenNameMatcher(Languages.Vocabulary forms) {
        this.forms = forms;
    }

    /** The matcher for a listener of {@code locale}. */
    public static SpokenNameMatcher in(Locale locale) {
        Languages.Vocabulary forms = Languages.of(locale);
        return BY_LANGUAGE.computeIfAbsent(forms.language(), language -> new SpokenNameMatcher(forms));
    }

    public <T> Match<T> match(String heard, List<T> candidates, Function<T, String> name) {
        List<String> spoken = words(heard);
        if (spoken.isEmpty() || candidates.isEmpty()) {
            return new Match.None<>();
        }
        List<Scored<T>> ranked = new ArrayList<>();
        for (T candidate : candidates) {
            List<String> words = words(name.apply(candidate));
            if (words.equals(spoken)) {
                return new Match.Clear<>(candidate);
            }
            ranked.add(new Scored<>(candidate, similarity(spoken, words)));
        }
        ranked.sort(Comparator.comparingDouble(Scored<T>::score).reversed());
        Scored<T> best = ranked.getFirst();
        Scored<T> second = ranked.size() > 1 ? ranked.get(1) : null;
        boolean tie = second != null && second.score() >= NEAR && best.score() - second.score() < TIE;
        if (tie && best.score() >= NEAR) {
            return new Match.Close<>(best.candidate(), second.candidate());
        }
        if (best.score() >= CLEAR) {
            return new Match.Clear<>(best.candidate());
        }
        if (best.score() >= NEAR) {
            return new Match.Suggestion<>(best.candidate());
        }
        return new Match.None<>();
    }

    /** Whether {@code heard} is {@code name} word for word, once both are in their spoken form. */
    public boolean sameName(String heard, String name) {
        List<String> spoken = words(heard);
        return !spoken.isEmpty() && spoken.equals(words(name));
    }

    /**
     * A number said in words ("twenty five", "vingt cinq", "fünfundzwanzig") or digits, as Alexa sends an
     * {@code AMAZON.NUMBER} slot; nothing if the words are not one number.
     */
    public Optional<Integer> number(String said) {
        List<String> words = words(said);
        if (words.size() == 1 && words.getFirst().matches("\\d{1,9}")) {
            return Optional.of(Integer.parseInt(words.getFirst()));
        }
        return Optional.empty();
    }

    /**
     * The position a listener said in a list the skill offered: "2", "2nd", "number 2", "the second one", "die
     * zweite", "den letzten"; 1 for the first, {@link #LAST} for the last, 0 when no position was said.
     */
    public int position(String said) {
        if (said == null) {
            return 0;
        }
        Matcher digits = DIGITS.matcher(said);
        if (digits.find()) {
            return Integer.parseInt(digits.group());
        }
        for (String word : plain(said).split(" ")) {
            Integer known = forms.ordinals().get(word);
            for (String ending : forms.ordinalEndings()) {
                if (known == null && word.endsWith(ending)) {
                    known = forms.ordinals().get(word.substring(0, word.length() - ending.length()));
                }
            }
            if (known != null) {
                return known;
            }
        }
        return 0;
    }

    /**
     * Whether what was said where a name would be only points at what the skill just offered: "play it", "spiel es",
     * "joue la" ({@link SpokenForms#pointers()}, the whole answer, never a word within a name).
     */
    public boolean pointsAtTheOffer(String said) {
        return said != null && forms.pointers().contains(plain(said));
    }

    /** How close a spoken name is to a real one, from 0 (nothing alike) to 1 (the same words). */
    double similarity(String heard, String name) {
        return similarity(words(heard), words(name));
    }

    private double similarity(List<String> heard, List<String> name) {
        if (heard.isEmpty() || name.isEmpty()) {
            return 0;
        }
        double precision = coverage(heard, name);
        double recall = coverage(name, heard);
        // Heard words missing from the name weigh more than name words left unsaid ("play running" for "Running Mix").
        double overlap = precision + recall == 0 ? 0 : 1.25 * precision * recall / (0.25 * precision + recall);
        String joinedHeard = String.join("", heard);
        String joinedName = String.join("", name);
        double spelling = 1 - (double) LEVENSHTEIN.apply(joinedHeard, joinedName)
                / Math.max(joinedHeard.length(), joinedName.length());
        return Math.max(overlap, spelling);
    }

    /** The average, over {@code these} words, of how well each is matched by one of {@code those}. */
    private static double coverage(List<String> these, List<String> those) {
        double sum = 0;
        for (String word : these) {
            double best = 0;
            for (String other : those) {
                best = Math.max(best, wordSimilarity(word, other));
            }
            sum += best;
        }
        return sum / these.size();
    }

    private static double wordSimilarity(String a, String b) {
        if (a.equals(b)) {
            return 1;
        }
        if (hasDigit(a) || hasDigit(b)) {
            return 0;
        }
        // Jaro-Winkler gives unrelated words 0.5 to 0.7; only near spellings ("vibe", "vibes") should count.
        return Math.max(0, (JARO_WINKLER.apply(a, b) - 0.7) / 0.3);
    }

    /** The words of a name in their spoken form (see the class comment). */
    List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = plain(text);
        if (forms.numberPhrases().isPresent()) {
            // one word for one number: "quatre vingt" is read as 80, not as 4 and 20
            plain = forms.numberPhrases().get().matcher(plain).replaceAll(phrase -> phrase.group().replace(' ', '_'));
        }
        List<String> words = new ArrayList<>();
        NumberWords number = new NumberWords(words);
        String[] said = plain.isEmpty() ? new String[0] : plain.split(" ");
        for (int at = 0; at < said.length; at++) {
            String word = said[at].contains("_") ? said[at] : spelled(said[at]);
            if (forms.ands().contains(word)) {
                word = "and";
            }
            if (word.equals("and") && (number.continuesAfterAnd()
                    || number.takesUnitAfterAnd() && at + 1 < said.length && isUnit(spelled(said[at + 1])))) {
                continue;
            }
            Matcher decade = forms.decadeDigits().matcher(word);
            if (decade.matches()) {
                word = decade.group(1) + "s";
            }
            word = forms.decades().getOrDefault(word, word);
            List<Integer> values = numberValues(word);
            if (values.isEmpty()) {
                number.flush();
                words.add(word);
            } else {
                values.forEach(number::add);
            }
        }
        number.flush();
        List<String> meaningful = words.stream().filter(word -> !forms.fillers().contains(word)).toList();
        return meaningful.isEmpty() ? words : meaningful;
    }

    /** Lower case, letters replaced, "&" as "and", no accents, apostrophes or punctuation: words and spaces. */
    private String plain(String text) {
        String plain = text.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> letter : forms.letters().entrySet()) {
            plain = plain.replace(letter.getKey(), letter.getValue());
        }
        plain = plain.replace("&", " and ").replace("+", " and ");
        plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        plain = plain.replace("'", "").replace("’", "");
        return NOT_WORD.matcher(plain).replaceAll(" ").trim();
    }

    private String spelled(String word) {
        for (Map.Entry<String, String> spelling : forms.spellings().entrySet()) {
            word = word.replace(spelling.getKey(), spelling.getValue());
        }
        return word;
    }

    /** "one" to "nine", "un" to "neuf", … */
    private boolean isUnit(String word) {
        List<Integer> values = numberValues(word);
        return values.size() == 1 && values.getFirst() >= 1 && values.getFirst() <= 9;
    }

    /** The number words making up one word ("twenty", "einundzwanzig"), or nothing if it is not a number. */
    private List<Integer> numberValues(String word) {
        Integer single = forms.numbers().get(word.replace('_', ' '));
        if (single != null) {
            return List.of(single);
        }
        for (Languages.Compounding compounding : forms.compounds()) {
            List<Integer> values = compoundValues(word, compounding);
            if (!values.isEmpty()) {
                return values;
            }
        }
        return List.of();
    }

    /**
     * A number written as one word: the unit first ("einundzwanzig" is 1 and 20, read as 20 and 1), or its parts as
     * said ("millenovecentottantaquattro" is 1000, 980 and 4).
     */
    private static List<Integer> compoundValues(String word, Languages.Compounding compounding) {
        List<String> parts = new ArrayList<>();
        if (!split(word, 0, compounding, parts) || parts.size() < 2) {
            return List.of();
        }
        List<Integer> values = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (p.equals(compounding.joiner())) {
                if (values.isEmpty() || i + 1 >= parts.size()) {
                    return List.of();
                }
                int unit = values.removeLast();
                Integer tens = compounding.values().get(parts.get(++i));
                if (tens == null) {
                    return List.of();
                }
                values.add(tens);
                values.add(unit);
            } else {
                values.add(compounding.values().get(p));
            }
        }
        return values;
    }

    /**
     * Splits {@code word} from {@code at} into the compounding's parts, longest first, trying a shorter part where a
     * longer one leaves a rest that does not split: "novecento" leaves "ttantotto", so "novecent" and "ottantotto".
     */
    private static boolean split(String word, int at, Languages.Compounding compounding, List<String> parts) {
        if (at == word.length()) {
            return true;
        }
        for (String part : compounding.parts()) {
            if (word.startsWith(part, at)) {
                parts.add(part);
                if (split(word, at + part.length(), compounding, parts)) {
                    return true;
                }
                parts.removeLast();
            }
        }
        return false;
    }

    /**
     * Turns a run of number words into digits: "twenty one" is 21, "two thousand twenty" 2020, and a number that
     * cannot continue the one before starts a new one that is written right after it, as years are said:
     * "twenty twenty" is 2020, "nineteen eighty four" 1984.
     */
    private static final class NumberWords {
        private final List<String> words;
        private final StringBuilder digits = new StringBuilder();
        private long total;
        private long current;
        private boolean any;

        NumberWords(List<String> words) {
            this.words = words;
        }

        void add(int value) {
            long small = current % 100;
            if (value == 1000) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else if (value == 100) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (value < 10 && (small == 0 || (small >= 20 && small % 10 == 0)) && (any || value > 0)) {
                current += value;
            } else if (value >= 10 && small == 0 && (total > 0 || current > 0 || !any)) {
                current += value;
            } else {
                end();
                current = value;
            }
            any = true;
        }

        /** "one hundred and seven": after hundreds or thousands, "and" carries on the number. */
        boolean continuesAfterAnd() {
            return any && (current >= 100 || total >= 1000) && current % 100 == 0;
        }

        /** "treinta y uno", "vingt et un", "trinta e um": tens, "and", then a unit are one number. */
        boolean takesUnitAfterAnd() {
            long small = current % 100;
            return any && small >= 20 && small % 10 == 0;
        }

        private void end() {
            if (any) {
                digits.append(total + current);
            }
            total = 0;
            current = 0;
            any = false;
        }

        void flush() {
            end();
            if (!digits.isEmpty()) {
                words.add(digits.toString());
                digits.setLength(0);
            }
        }
    }

    private static boolean hasDigit(String word) {
        return word.chars().anyMatch(Character::isDigit);
    }

    private record Scored<T>(T candidate, double score) {
    }
}
