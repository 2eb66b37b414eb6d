package io.github.musicbutler.i18n;

import java.util.List;

/**
 * "A, B and C" (or "A, B or C") in the request's language ({@code list.and}, {@code list.or} in the speech files).
 * Where the language changes the word for the sound that follows (Spanish "y" is "e" before "Ibiza", "o" is "u"
 * before "Oasis"), {@code list.and.before} / {@code list.or.before} say so ({@link Speech#sayBefore}).
 */
public final class SpokenList {

    private SpokenList() {
    }

    public static Phrase join(Speech speech, List<Phrase> items) {
        return joined(speech, items, "list.and");
    }

    private static Phrase joined(Speech speech, List<Phrase> items, String conjunction) {
        if (items.isEmpty()) {
            return Phrase.of("");
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        Phrase and = speech.sayBefore(items.getLast().text(), conjunction);
        List<Phrase> first = items.subList(0, items.size() - 1);
        return new Phrase(
                String.join(", ", first.stream().map(Phrase::ssml).toList()) + " " + and.ssml() + " " + items.getLast().ssml(),
                String.join(", ", first.stream().map(Phrase::text).toList()) + " " + and.text() + " " + items.getLast().text());
    }

    /** "A, B or C": choices offered to the listener ({@code list.or}). */
    public static Phrase either(Speech speech, List<Phrase> items) {
        return joined(speech, items, "list.or");
    }

    /** Names from outside (playlists, devices, artists), joined. */
    public static Phrase names(Speech speech, List<String> names) {
        return join(speech, names.stream().map(Phrase::of).toList());
    }
}
