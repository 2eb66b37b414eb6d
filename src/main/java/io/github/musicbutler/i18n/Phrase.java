package io.github.musicbutler.i18n;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Words for the listener in both forms at once: SSML for Alexa to speak and plain text for cards. Built by
 * {@link Speech#say(String, Object...)}, which escapes each argument for the SSML form only, so a phrase put into
 * another phrase is never escaped twice and no caller has to remember which form it holds.
 */
public record Phrase(String ssml, String text) {

    /** Text that came from outside (a playlist name, a device): escaped for SSML, as is for cards. */
    public static Phrase of(String plain) {
        String text = plain == null ? "" : plain;
        return new Phrase(Ssml.escape(text), text);
    }

    /** This phrase followed by {@code next}, as two sentences of one answer. */
    public Phrase then(Phrase next) {
        return new Phrase(ssml + " " + next.ssml, text + " " + next.text);
    }

    /** The phrases one per line: what a card shows of a list. */
    public static String lines(List<Phrase> phrases) {
        return phrases.stream().map(Phrase::text).collect(Collectors.joining("\n"));
    }
}
