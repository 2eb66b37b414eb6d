package io.github.musicbutler.playlists;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.dialogue.Continuation;
import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.spotify.SpotifySession;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The playlists are being read out a few at a time: "more" continues {@code from} there. Kept in the session as
 * {@value #NAME}.
 */
@RegisterForReflection
public record MorePlaylists(int from) implements Continuation {

    static final String NAME = "more-playlists";

    @Override
    public Optional<Response> more(HandlerInput input, SpotifySession spotify, Dialogue dialogue) {
        return PlaylistListing.read(input, spotify, dialogue, from);
    }
}
