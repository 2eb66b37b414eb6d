package io.github.musicbutler.matching;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** How English says a name's numbers, decades and fillers, and a position in a list. */
final class English {

    static final SpokenForms FORMS = new SpokenForms(
            "en",
            Map.of(),
            Map.of(),
            Set.of("and"),
            Map.ofEntries(
                    entry("zero", 0), entry("one", 1), entry("two", 2), entry("three", 3), entry("four", 4),
                    entry("five", 5), entry("six", 6), entry("seven", 7), entry("eight", 8), entry("nine", 9),
                    entry("ten", 10), entry("eleven", 11), entry("twelve", 12), entry("thirteen", 13),
                    entry("fourteen", 14), entry("fifteen", 15), entry("sixteen", 16), entry("seventeen", 17),
                    entry("eighteen", 18), entry("nineteen", 19), entry("twenty", 20), entry("thirty", 30),
                    entry("forty", 40), entry("fifty", 50), entry("sixty", 60), entry("seventy", 70),
                    entry("eighty", 80), entry("ninety", 90), entry("hundred", 100), entry("thousand", 1000)),
            Optional.empty(),
            Map.ofEntries(
                    entry("twenties", "20s"), entry("thirties", "30s"), entry("forties", "40s"),
                    entry("fifties", "50s"), entry("sixties", "60s"), entry("seventies", "70s"),
                    entry("eighties", "80s"), entry("nineties", "90s")),
            Set.of("s"),
            Set.of("the", "my", "a", "playlist"),
            Map.ofEntries(
                    entry("first", 1), entry("second", 2), entry("third", 3), entry("fourth", 4), entry("fifth", 5),
                    entry("sixth", 6), entry("seventh", 7), entry("eighth", 8), entry("ninth", 9), entry("tenth", 10),
                    entry("last", SpokenForms.LAST)),
            Set.of(),
            Set.of("it", "that", "this", "that one", "this one"));

    private English() {
    }
}
