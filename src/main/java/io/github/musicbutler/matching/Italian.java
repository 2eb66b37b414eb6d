package io.github.musicbutler.matching;

import static java.util.Map.entry;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How Italian says a name's numbers, fillers and positions ("la seconda", "l'ultimo"). Italian writes a number as one
 * word, the biggest part first and no joining word ("milleduecentoventi"), and drops a vowel where two meet
 * ("ventuno", "trentotto", "novecentottanta"): 21 to 99 and the hundreds are listed as numbers, and a longer word is
 * read as its parts one after the other ({@link SpokenForms.Compounds} without a joiner), a hundred that lost its
 * vowel being a part of its own ("millenovecentottantaquattro" is 1000, 900 and 84: 1984). A decade is "anni
 * ottanta", two words that already read as "anni 80", as Italian names write it ("Anni 80").
 */
final class Italian {

    /** A hundred before "otto", "ottanta…", "uno", "undici" drops its "o": "centottanta", "trecentotto". */
    private static final Map<String, Integer> ELIDED_HUNDREDS = Map.of("cent", 100, "duecent", 200, "trecent", 300,
            "quattrocent", 400, "cinquecent", 500, "seicent", 600, "settecent", 700, "ottocent", 800, "novecent", 900);

    static final SpokenForms FORMS = new SpokenForms(
            "it",
            Map.of(),
            Map.of(),
            // "ed" is "e" before a vowel ("rock ed elettronica")
            Set.of("e", "ed"),
            Map.ofEntries(
                    entry("zero", 0), entry("uno", 1), entry("due", 2), entry("tre", 3), entry("quattro", 4),
                    entry("cinque", 5), entry("sei", 6), entry("sette", 7), entry("otto", 8), entry("nove", 9),
                    entry("dieci", 10), entry("undici", 11), entry("dodici", 12), entry("tredici", 13),
                    entry("quattordici", 14), entry("quindici", 15), entry("sedici", 16), entry("diciassette", 17),
                    entry("diciotto", 18), entry("diciannove", 19), entry("venti", 20), entry("trenta", 30),
                    entry("quaranta", 40), entry("cinquanta", 50), entry("sessanta", 60), entry("settanta", 70),
                    entry("ottanta", 80), entry("novanta", 90),
                    entry("ventuno", 21), entry("ventidue", 22), entry("ventitre", 23), entry("ventiquattro", 24),
                    entry("venticinque", 25), entry("ventisei", 26), entry("ventisette", 27), entry("ventotto", 28),
                    entry("ventinove", 29),
                    entry("trentuno", 31), entry("trentadue", 32), entry("trentatre", 33), entry("trentaquattro", 34),
                    entry("trentacinque", 35), entry("trentasei", 36), entry("trentasette", 37),
                    entry("trentotto", 38), entry("trentanove", 39),
                    entry("quarantuno", 41), entry("quarantadue", 42), entry("quarantatre", 43),
                    entry("quarantaquattro", 44), entry("quarantacinque", 45), entry("quarantasei", 46),
                    entry("quarantasette", 47), entry("quarantotto", 48), entry("quarantanove", 49),
                    entry("cinquantuno", 51), entry("cinquantadue", 52), entry("cinquantatre", 53),
                    entry("cinquantaquattro", 54), entry("cinquantacinque", 55), entry("cinquantasei", 56),
                    entry("cinquantasette", 57), entry("cinquantotto", 58), entry("cinquantanove", 59),
                    entry("sessantuno", 61), entry("sessantadue", 62), entry("sessantatre", 63),
                    entry("sessantaquattro", 64), entry("sessantacinque", 65), entry("sessantasei", 66),
                    entry("sessantasette", 67), entry("sessantotto", 68), entry("sessantanove", 69),
                    entry("settantuno", 71), entry("settantadue", 72), entry("settantatre", 73),
                    entry("settantaquattro", 74), entry("settantacinque", 75), entry("settantasei", 76),
                    entry("settantasette", 77), entry("settantotto", 78), entry("settantanove", 79),
                    entry("ottantuno", 81), entry("ottantadue", 82), entry("ottantatre", 83),
                    entry("ottantaquattro", 84), entry("ottantacinque", 85), entry("ottantasei", 86),
                    entry("ottantasette", 87), entry("ottantotto", 88), entry("ottantanove", 89),
                    entry("novantuno", 91), entry("novantadue", 92), entry("novantatre", 93),
                    entry("novantaquattro", 94), entry("novantacinque", 95), entry("novantasei", 96),
                    entry("novantasette", 97), entry("novantotto", 98), entry("novantanove", 99),
                    entry("cento", 100), entry("duecento", 200), entry("trecento", 300), entry("quattrocento", 400),
                    entry("cinquecento", 500), entry("seicento", 600), entry("settecento", 700),
                    entry("ottocento", 800), entry("novecento", 900),
                    // "mila" is the thousands after a number ("due mila"), "duemila" the 2000 that years start with
                    entry("mille", 1000), entry("mila", 1000), entry("duemila", 2000)),
            Optional.of(new SpokenForms.Compounds("", ELIDED_HUNDREDS)),
            Map.of(),
            Set.of(),
            // Articles, possessives and "di" with its article ("Telefono di Alex", "la cassa della cucina").
            Set.of("il", "lo", "la", "i", "gli", "le", "un", "una", "mio", "mia", "miei", "mie", "di", "del",
                    "dello", "della", "dei", "degli", "delle", "playlist"),
            Map.ofEntries(
                    entry("primo", 1), entry("prima", 1), entry("secondo", 2), entry("seconda", 2),
                    entry("terzo", 3), entry("terza", 3), entry("quarto", 4), entry("quarta", 4),
                    entry("quinto", 5), entry("quinta", 5), entry("sesto", 6), entry("sesta", 6),
                    entry("settimo", 7), entry("settima", 7), entry("ottavo", 8), entry("ottava", 8),
                    entry("nono", 9), entry("nona", 9), entry("decimo", 10), entry("decima", 10),
                    entry("ultimo", SpokenForms.LAST), entry("ultima", SpokenForms.LAST),
                    // "l'ottavo", "l'ultima": the elided article is one word with them once the apostrophe goes
                    entry("lottavo", 8), entry("lottava", 8),
                    entry("lultimo", SpokenForms.LAST), entry("lultima", SpokenForms.LAST)),
            // An ordinal's ending changes with gender rather than being added to it: both forms are listed.
            Set.of(),
            Set.of("la", "lo", "quella", "quello", "questa", "questo"));

    private Italian() {
    }
}
