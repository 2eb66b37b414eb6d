package io.github.musicbutler.playlists;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.Spotify;

/**
 * "More", while the playlists are being read out: the next few, from where the last turn stopped.
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class MorePlaylistsHandler extends LinkedAccountHandler {

    private final Spotify spotify;
    private final PlaylistListing listing;

    MorePlaylistsHandler(Spotify spotify, PlaylistListing listing) {
        this.spotify = spotify;
        this.listing = listing;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("AMAZON.MoreIntent"))
                && input.getAttributesManager().getSessionAttributes().get(PlaylistListing.POSITION) instanceof Number;
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, String accessToken) {
        int from = ((Number) input.getAttributesManager().getSessionAttributes().get(PlaylistListing.POSITION)).intValue();
        return listing.read(input, spotify.of(input, accessToken), from);
    }
}
