package io.github.musicbutler.playlists;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.spotify.PlaylistLibrary;

/** The questions the playlist intents ask when they do not know which playlist was meant; the session stays open. */
final class PlaylistPrompts {

    private PlaylistPrompts() {
    }

    /** No playlist name was heard: "Which playlist?" */
    static Optional<Response> which(HandlerInput input, Speech speech) {
        String question = speech.say("playlists.which").ssml();
        return input.getResponseBuilder().withSpeech(question).withReprompt(question).build();
    }

    /**
     * No playlist of the user's sounds like what was heard: say so (and, when time ran out before the whole library
     * was read, how much of it was searched), then ask again.
     */
    static Optional<Response> notFound(HandlerInput input, Speech speech, String heard, PlaylistLibrary playlists) {
        Phrase said = playlists.cutShort()
                ? speech.say("playlists.notFound.partly", heard, playlists.read().size(), playlists.total())
                : speech.say("playlists.notFound", heard);
        return input.getResponseBuilder().withSpeech(said.ssml())
                .withReprompt(speech.say("playlists.which").ssml()).build();
    }
}
