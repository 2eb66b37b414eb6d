package io.github.musicbutler.matching;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How French says a name's numbers, articles and positions ("la deuxième", "le dernier"). French writes its numbers
 * as separate words ("vingt deux", "deux mille vingt"; the hyphens of "vingt-deux" are dropped with the punctuation),
 * so there are no compounds. From seventeen on, France counts by twenties ("dix sept", "soixante dix", "quatre vingt
 * dix") and joins 21 to 71 with "et" ("vingt et un"); the matcher reads a run of number words by adding them, which
 * those do not, so they are listed as phrases, each one number ("quatre vingt dix" is 90, "quatre vingt dix sept"
 * 90 and 7). Belgium and Switzerland's "septante", "huitante" and "nonante" are plain tens and are read. French has
 * no one word for a decade ("les années quatre vingt"): "années" and the number stay two words.
 */
final class French {

    static final SpokenForms FORMS = new SpokenForms(
            "fr",
            Map.of("œ", "oe", "æ", "ae"),
            Map.of(),
            Set.of("et"),
            Map.ofEntries(
                    entry("zero", 0), entry("un", 1), entry("une", 1), entry("deux", 2), entry("trois", 3),
                    entry("quatre", 4), entry("cinq", 5), entry("six", 6), entry("sept", 7), entry("huit", 8),
                    entry("neuf", 9), entry("dix", 10), entry("onze", 11), entry("douze", 12), entry("treize", 13),
                    entry("quatorze", 14), entry("quinze", 15), entry("seize", 16), entry("vingt", 20),
                    entry("trente", 30), entry("quarante", 40), entry("cinquante", 50), entry("soixante", 60),
                    entry("septante", 70), entry("huitante", 80), entry("octante", 80), entry("nonante", 90),
                    entry("cent", 100), entry("cents", 100), entry("mille", 1000),
                    entry("dix sept", 17), entry("dix huit", 18), entry("dix neuf", 19),
                    entry("soixante dix", 70), entry("soixante et onze", 71), entry("soixante douze", 72),
                    entry("soixante treize", 73), entry("soixante quatorze", 74), entry("soixante quinze", 75),
                    entry("soixante seize", 76), entry("quatre vingt", 80), entry("quatre vingts", 80),
                    entry("quatre vingt dix", 90), entry("quatre vingt onze", 91), entry("quatre vingt douze", 92),
                    entry("quatre vingt treize", 93), entry("quatre vingt quatorze", 94),
                    entry("quatre vingt quinze", 95), entry("quatre vingt seize", 96)),
            Optional.empty(),
            Map.of(),
            Set.of(),
            Set.of("le", "la", "les", "l", "mon", "ma", "mes"),
            Map.ofEntries(
                    entry("premier", 1), entry("premiere", 1), entry("deuxieme", 2), entry("second", 2),
                    entry("seconde", 2), entry("troisieme", 3), entry("quatrieme", 4), entry("cinquieme", 5),
                    entry("sixieme", 6), entry("septieme", 7), entry("huitieme", 8), entry("neuvieme", 9),
                    entry("dixieme", 10), entry("dernier", SpokenForms.LAST), entry("derniere", SpokenForms.LAST)),
            Set.of(),
            // "joue la" (joue-la, once the hyphen goes), "mets ça"
            Set.of("la", "le", "ca", "celle la", "celui la", "celle ci", "celui ci"));

    private French() {
    }
}
