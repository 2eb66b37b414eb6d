package io.github.musicbutler.matching;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one language says what {@link SpokenNameMatcher} reads in a name: its letters and spellings, its word for
 * "and", its number words and decades, and the words around a name that never tell names apart. Every word here is
 * in the matcher's spoken form: lower case, {@link #letters()} replaced, accents dropped, {@link #spellings()}
 * applied ("funf", "zwolf", "dreissig"). A language is one of these tables, listed in {@link Languages}; the ranking
 * knows none of them.
 *
 * @param language       the language's ISO 639 code ({@code "de"}): the table serves every locale of that language
 * @param letters        characters written as others before accents are dropped ("ß" as "ss")
 * @param spellings      within a word, letters written as Alexa's recognition spells them in another language
 *                       ("ae" as "a", so that "für", "fuer" and "fur" agree)
 * @param ands           the language's words for "and", read as "and" (as "&" and "+" are)
 * @param numbers        number words and their values ("zwanzig" 20)
 * @param compounds      how the language writes a number as one word, if it does ("einundzwanzig")
 * @param decades        words for a decade, with its digits ("achtziger" is "80s")
 * @param decadeSuffixes what follows a decade's digits when it is written in digits ("80er", "80s")
 * @param fillers        words people add around a name ("play the running mix playlist")
 * @param ordinals       the words for a position in a list the skill offered ("second" 2, "zweite" 2), in spoken
 *                       form; {@link #LAST} for the last one ("last", "letzte")
 * @param ordinalEndings endings the language adds to those words as it declines them ("den zweiten", "die ersten":
 *                       "n", "r", "s", "m"), so that each word is listed once
 * @param pointers       what people say instead of a name to mean what the skill just offered ("play it", "spiel
 *                       es", "joue la"), in spoken form: only ever read as the whole answer
 */
record SpokenForms(String language, Map<String, String> letters, Map<String, String> spellings, Set<String> ands,
        Map<String, Integer> numbers, Optional<Compounds> compounds, Map<String, String> decades,
        Set<String> decadeSuffixes, Set<String> fillers, Map<String, Integer> ordinals, Set<String> ordinalEndings,
        Set<String> pointers) {

    /** The position {@link #ordinals()} gives "the last one". */
    static final int LAST = -1;

    /**
     * Numbers written as one word: the unit first and joined to the tens by {@code joiner} ("ein" "und" "zwanzig"),
     * or, with an empty joiner, the parts one after the other as they are said ("mille" "novecento" "novanta");
     * made of the language's {@link SpokenForms#numbers()} above zero and of {@code parts} only found inside such a
     * word ("ein"; Italian's "novecent", a "novecento" that dropped its vowel).
     */
    record Compounds(String joiner, Map<String, Integer> parts) {
    }
}
