package io.github.musicbutler.playlists;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What are my playlists": how many there are, and the first few names.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ListPlaylistsIntentHandler extends LinkedAccountHandler {

    private final Dialogue dialogue;

    ListPlaylistsIntentHandler(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(Intents.LIST_PLAYLISTS));
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        return PlaylistListing.read(input, spotify, dialogue, 0);
    }
}
