package io.github.musicbutler.matching;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How German says a name's numbers, decades, fillers and positions ("die zweite", "den letzten"), and how Alexa's
 * English recognition spells its umlauts ("für" heard as "fuer" or "fur").
 */
final class German {

    static final SpokenForms FORMS = new SpokenForms(
            "de",
            Map.of("ß", "ss"),
            Map.of("ae", "a", "oe", "o", "ue", "u"),
            Set.of("und"),
            Map.ofEntries(
                    entry("null", 0), entry("eins", 1), entry("zwei", 2), entry("drei", 3), entry("vier", 4),
                    entry("funf", 5), entry("sechs", 6), entry("sieben", 7), entry("acht", 8), entry("neun", 9),
                    entry("zehn", 10), entry("elf", 11), entry("zwolf", 12), entry("dreizehn", 13),
                    entry("vierzehn", 14), entry("funfzehn", 15), entry("sechzehn", 16), entry("siebzehn", 17),
                    entry("achtzehn", 18), entry("neunzehn", 19), entry("zwanzig", 20), entry("dreissig", 30),
                    entry("vierzig", 40), entry("funfzig", 50), entry("sechzig", 60), entry("siebzig", 70),
                    entry("achtzig", 80), entry("neunzig", 90), entry("hundert", 100), entry("tausend", 1000)),
            Optional.of(new SpokenForms.Compounds("und", Map.of("ein", 1))),
            Map.ofEntries(
                    entry("zwanziger", "20s"), entry("dreissiger", "30s"), entry("vierziger", "40s"),
                    entry("funfziger", "50s"), entry("sechziger", "60s"), entry("siebziger", "70s"),
                    entry("achtziger", "80s"), entry("neunziger", "90s")),
            Set.of("er"),
            Set.of("der", "die", "das", "den", "mein", "meine", "meinen", "meiner"),
            Map.ofEntries(
                    entry("erste", 1), entry("zweite", 2), entry("dritte", 3), entry("vierte", 4), entry("funfte", 5),
                    entry("sechste", 6), entry("siebte", 7), entry("achte", 8), entry("neunte", 9), entry("zehnte", 10),
                    entry("letzte", SpokenForms.LAST)),
            Set.of("n", "r", "s", "m"),
            // "spiel es", "spiel die": a pronoun, or an article alone, for a playlist (die) or a song (den)
            Set.of("es", "das", "den", "die", "sie", "ihn", "das hier", "den hier", "die hier", "diese", "diesen",
                    "dieses"));

    private German() {
    }
}
