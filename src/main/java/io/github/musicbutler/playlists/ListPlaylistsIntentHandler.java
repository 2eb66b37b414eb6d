package io.github.musicbutler.playlists;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What are my playlists": how many there are, and the first few names.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ListPlaylistsIntentHandler extends LinkedAccountHandler {

    private final PlaylistListing listing;

    ListPlaylistsIntentHandler(PlaylistListing listing) {
        this.listing = listing;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("ListPlaylistsIntent"));
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        return listing.read(input, spotify, 0);
    }
}
