package io.github.musicbutler.console;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Alexa does with the words of a slot whose type is one of Amazon's: {@code AMAZON.Ordinal} and
 * {@code AMAZON.NUMBER} take only what they can turn into digits ("the second one" → {@code 2}, "twenty five" →
 * {@code 25}, "fünfundzwanzig" → {@code 25}), and a sample with such a slot does not match other words; every other
 * built-in type ({@code AMAZON.Musician}, {@code AMAZON.SearchQuery}, …) takes the words as they were said. English
 * and German, as the skill's models.
 */
final class BuiltInSlotTypes {

    static final String ORDINAL = "AMAZON.Ordinal";
    static final String NUMBER = "AMAZON.NUMBER";
    static final String DATE = "AMAZON.DATE";

    /**
     * The days an {@code AMAZON.DATE} slot understands here, counted back from today. Alexa resolves them in the
     * time zone of the listener's device; the console's device is in UTC.
     */
    private static final Map<String, Integer> DAYS_AGO = Map.ofEntries(
            Map.entry("today", 0), Map.entry("todays", 0), Map.entry("today's", 0),
            Map.entry("yesterday", 1), Map.entry("yesterdays", 1), Map.entry("yesterday's", 1),
            Map.entry("heute", 0), Map.entry("heutige", 0), Map.entry("gestern", 1), Map.entry("gestrige", 1),
            Map.entry("vorgestern", 2));

    /** Words a person would say for a slot of this type, and the value Alexa would send for them. */
    record Example(String spoken, String value) {
    }

    private static final List<String> ENGLISH_ORDINALS = List.of(
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    private static final List<String> GERMAN_ORDINAL_STEMS = List.of(
            "erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt");
    private static final List<String> GERMAN_ORDINAL_ENDINGS = List.of("e", "en", "er", "es", "em");

    private static final List<String> ENGLISH_UNITS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen");
    private static final List<String> ENGLISH_TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");
    private static final List<String> GERMAN_UNITS = List.of("null", "eins", "zwei", "drei", "vier", "fünf",
            "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn",
            "sechzehn", "siebzehn", "achtzehn", "neunzehn");
    private static final List<String> GERMAN_TENS = List.of("", "", "zwanzig", "dreißig", "vierzig", "fünfzig",
            "sechzig", "siebzig", "achtzig", "neunzig");

    private static final Map<String, String> ORDINALS = new HashMap<>();
    private static final Map<String, Integer> NUMBER_WORDS = new HashMap<>();

    static {
        for (int i = 0; i < ENGLISH_ORDINALS.size(); i++) {
            String digits = Integer.toString(i + 1);
            ORDINALS.put(ENGLISH_ORDINALS.get(i), digits);
            ORDINALS.put(digits + englishSuffix(i + 1), digits);
            for (String ending : GERMAN_ORDINAL_ENDINGS) {
                ORDINALS.put(GERMAN_ORDINAL_STEMS.get(i) + ending, digits);
            }
        }
        for (int i = 0; i < ENGLISH_UNITS.size(); i++) {
            NUMBER_WORDS.put(ENGLISH_UNITS.get(i), i);
            NUMBER_WORDS.put(GERMAN_UNITS.get(i), i);
        }
        for (int i = 2; i < ENGLISH_TENS.size(); i++) {
            NUMBER_WORDS.put(ENGLISH_TENS.get(i), i * 10);
            NUMBER_WORDS.put(GERMAN_TENS.get(i), i * 10);
        }
        NUMBER_WORDS.put("ein", 1);
        NUMBER_WORDS.put("eine", 1);
        NUMBER_WORDS.put("a", 1);
    }

    private BuiltInSlotTypes() {
    }

    /** The slot value Alexa sends for {@code words} in a slot of this built-in type, if they fit it. */
    static Optional<String> value(String type, String words) {
        return switch (type) {
            case ORDINAL -> Optional.ofNullable(ORDINALS.get(words));
            case NUMBER -> number(words).map(String::valueOf);
            case DATE -> Optional.ofNullable(DAYS_AGO.get(words.strip()))
                    .map(days -> LocalDate.now(ZoneOffset.UTC).minusDays(days).toString());
            default -> Optional.of(words);
        };
    }

    /** Something a person would say for a slot of this built-in type, in the locale's language. */
    static Example example(String type, String locale) {
        boolean german = locale.startsWith("de");
        return switch (type) {
            case ORDINAL -> german ? new Example("zweiten", "2") : new Example("second", "2");
            case NUMBER -> german ? new Example("fünfundzwanzig", "25") : new Example("twenty five", "25");
            case DATE -> german ? new Example("gestern", value(DATE, "gestern").orElseThrow())
                    : new Example("yesterday", value(DATE, "yesterday").orElseThrow());
            case "AMAZON.Musician" -> new Example("daft punk", "daft punk");
            default -> german ? new Example("die toten hosen", "die toten hosen")
                    : new Example("bohemian rhapsody", "bohemian rhapsody");
        };
    }

    /** "25", "twenty five", "a hundred and five", "fünfundzwanzig", "zweihundertdrei"; up to 999,999. */
    static Optional<Integer> number(String words) {
        String said = words.strip();
        if (said.matches("\\d{1,9}")) {
            return Optional.of(Integer.parseInt(said));
        }
        int total = 0;
        int current = 0;
        boolean any = false;
        for (String word : said.split("[\\s-]+")) {
            if (word.equals("and") || word.equals("und") && any) {
                continue;
            }
            if (word.equals("hundred") || word.equals("hundert")) {
                current = Math.max(current, 1) * 100;
            } else if (word.equals("thousand") || word.equals("tausend")) {
                total += Math.max(current, 1) * 1000;
                current = 0;
            } else {
                Optional<Integer> part = NUMBER_WORDS.containsKey(word) ? Optional.of(NUMBER_WORDS.get(word))
                        : germanCompound(word);
                if (part.isEmpty()) {
                    return Optional.empty();
                }
                current += part.get();
            }
            any = true;
        }
        return any ? Optional.of(total + current) : Optional.empty();
    }

    /** German writes a number as one word: "zweihundertfünfundzwanzig" is zwei·hundert·fünf·und·zwanzig. */
    private static Optional<Integer> germanCompound(String word) {
        for (String[] scale : new String[][] {{"tausend", "1000"}, {"hundert", "100"}}) {
            int at = word.indexOf(scale[0]);
            if (at >= 0) {
                String before = word.substring(0, at);
                String after = word.substring(at + scale[0].length());
                Optional<Integer> times = before.isEmpty() ? Optional.of(1) : germanCompound(before);
                Optional<Integer> rest = after.isEmpty() ? Optional.of(0) : germanCompound(after);
                return times.flatMap(t -> rest.map(r -> t * Integer.parseInt(scale[1]) + r));
            }
        }
        if (NUMBER_WORDS.containsKey(word)) {
            return Optional.of(NUMBER_WORDS.get(word));
        }
        int und = word.indexOf("und");
        if (und > 0) {
            Integer unit = NUMBER_WORDS.get(word.substring(0, und));
            Integer tens = NUMBER_WORDS.get(word.substring(und + 3));
            if (unit != null && unit < 10 && tens != null && tens >= 20 && tens % 10 == 0) {
                return Optional.of(tens + unit);
            }
        }
        return Optional.empty();
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
