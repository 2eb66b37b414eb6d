package io.github.musicbutler.reply;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.screens.MessageScreen;
import io.github.musicbutler.screens.Screens;
import io.github.musicbutler.spotify.TokenKind;

/**
 * What the skill says to get a Spotify account linked: a LinkAccount card in the Alexa app and how to use it. Every
 * one ends the session (the listener has to go to the app).
 */
public final class LinkPrompts {

    private LinkPrompts() {
    }

    /** For a listener who never linked. */
    public static Optional<Response> askToLink(HandlerInput input) {
        return askToLink(input, "link.required");
    }

    /** The same, with its own words ({@code speechKey}), e.g. a welcome that also explains linking. */
    public static Optional<Response> askToLink(HandlerInput input, String speechKey) {
        Speech speech = Speech.of(input);
        Phrase said = speech.say(speechKey);
        // how to link, on the screen too: never a blank screen
        return Screens.show(input, input.getResponseBuilder(), MessageScreen.link(speech, said))
                .withSpeech(said.ssml())
                .withLinkAccountCard()
                .withShouldEndSession(true)
                .build();
    }

    /**
     * For a link Spotify no longer accepts (revoked, or the refresh token expired), of the {@code kind} of token
     * that was refused: the speaker's own when they linked personally, so it is they who link again, not the
     * household.
     */
    public static Optional<Response> askToLinkAgain(HandlerInput input, TokenKind kind) {
        return askToLink(input, kind == TokenKind.PERSON ? "link.again.person" : "link.again");
    }
}
