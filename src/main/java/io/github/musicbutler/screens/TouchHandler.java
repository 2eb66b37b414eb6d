package io.github.musicbutler.screens;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;

/**
 * A handler of one kind of touch ({@link Touch}'s events), the way {@code IntentHandler} is of intents: it
 * declares its {@link #event()}, and {@link #canHandle(HandlerInput)} follows from it. It answers as the spoken
 * request does, by the same code.
 */
public interface TouchHandler extends RequestHandler {

    /** The event this handler answers: one of {@link Touch}'s constants. */
    String event();

    @Override
    default boolean canHandle(HandlerInput input) {
        return Touch.is(input, event());
    }

    /**
     * For a touch on a screen the conversation has left behind (a choice no longer open, a playlist or device that is
     * gone) or with arguments no screen of ours sends: said so, and the skill listens for what they want instead.
     */
    static Optional<Response> stale(HandlerInput input) {
        String said = Speech.of(input).say("touch.stale").ssml();
        return input.getResponseBuilder().withSpeech(said).withReprompt(said).build();
    }
}
