package io.github.musicbutler.screens;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A screen that says one thing clearly: the welcome, how to link Spotify, or why something did not work (no active
 * device, Premium required). The text is what the voice says, so a glance tells the same.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MessageScreen(String header, String text) implements Screen {

    public static final String DOCUMENT = "Message";

    /** The welcome when the skill opens: the greeting as the header, and what the listener can ask for. */
    public static MessageScreen welcome(Phrase greeting, Phrase said) {
        return new MessageScreen(greeting.text(), said.text());
    }

    /** How to link Spotify: the header {@code screen.link} and the spoken explanation. */
    public static MessageScreen link(Speech speech, Phrase said) {
        return new MessageScreen(speech.say("screen.link").text(), said.text());
    }

    /** A failure: the header {@code screen.problem} and what the voice says about it. */
    public static MessageScreen problem(Speech speech, Phrase said) {
        return new MessageScreen(speech.say("screen.problem").text(), said.text());
    }

    @Override
    public String document() {
        return DOCUMENT;
    }
}
