package io.github.musicbutler.playlists;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;

/** The questions the playlist intents ask when they do not know which playlist was meant; the session stays open. */
final class PlaylistPrompts {

    private PlaylistPrompts() {
    }

    /** No playlist name was heard: "Which playlist?" */
    static Optional<Response> which(HandlerInput input, Speech speech) {
        String question = speech.say("playlists.which").ssml();
        return input.getResponseBuilder().withSpeech(question).withReprompt(question).build();
    }

    /** No playlist of the user's sounds like what was heard: say so, then ask again. */
    static Optional<Response> notFound(HandlerInput input, Speech speech, String heard) {
        return input.getResponseBuilder().withSpeech(speech.say("playlists.notFound", heard).ssml())
                .withReprompt(speech.say("playlists.which").ssml()).build();
    }
}
