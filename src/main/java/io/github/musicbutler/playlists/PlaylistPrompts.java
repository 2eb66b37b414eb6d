package io.github.musicbutler.playlists;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.Intents;

/**
 * The questions the playlist intents ask when they do not know which playlist was meant. The answer, a bare name
 * included, is the {@code playlist} slot of the same intent (a {@code Dialog.ElicitSlot}), so "what's on …?" asked
 * back is answered with contents, not by playing.
 */
final class PlaylistPrompts {

    private PlaylistPrompts() {
    }

    /** No playlist name was heard: "Which playlist?" */
    static Optional<Response> which(HandlerInput input, Speech speech) {
        Phrase question = speech.say("playlists.which");
        return Elicitation.ask(input, Intents.PlayPlaylist.PLAYLIST, question, question);
    }

    /**
     * No playlist of the user's sounds like what was heard: say so (and, when time ran out before the whole library
     * was read, how much of it was searched), then ask again.
     */
    static Optional<Response> notFound(HandlerInput input, Speech speech, String heard, PlaylistLibrary playlists) {
        Phrase said = playlists.cutShort()
                ? speech.say("playlists.notFound.partly", heard, playlists.read().size(), playlists.total())
                : speech.say("playlists.notFound", heard);
        return Elicitation.ask(input, Intents.PlayPlaylist.PLAYLIST, said, speech.say("playlists.which"));
    }
}
