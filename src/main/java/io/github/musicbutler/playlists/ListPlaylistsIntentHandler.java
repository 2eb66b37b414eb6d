package io.github.musicbutler.playlists;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What are my playlists": how many there are, and the first few names.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ListPlaylistsIntentHandler extends LinkedAccountHandler implements IntentHandler {

    private final Dialogue dialogue;

    ListPlaylistsIntentHandler(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public Set<String> intents() {
        return Set.of(Intents.LIST_PLAYLISTS);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        return PlaylistListing.read(input, spotify, dialogue, 0);
    }
}
