package io.github.musicbutler.playlists;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.dialogue.MorePlaylists;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "More", while the playlists are being read out: the next few, from where the last turn stopped.
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class MorePlaylistsHandler extends LinkedAccountHandler {

    private final Dialogue dialogue;
    private final PlaylistListing listing;

    MorePlaylistsHandler(Dialogue dialogue, PlaylistListing listing) {
        this.dialogue = dialogue;
        this.listing = listing;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("AMAZON.MoreIntent")) && dialogue.open(input, MorePlaylists.class).isPresent();
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        return listing.read(input, spotify, dialogue.open(input, MorePlaylists.class).orElseThrow().from());
    }
}
