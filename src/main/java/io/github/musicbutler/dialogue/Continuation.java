package io.github.musicbutler.dialogue;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.spotify.SpotifySession;

/**
 * Something read out a part at a time: "more" continues it ({@link ContinuationHandler}).
 */
public non-sealed interface Continuation extends Question {

    /** The next part; to keep going, ask the next {@link Continuation} with {@code dialogue}. */
    Optional<Response> more(HandlerInput input, SpotifySession spotify, Dialogue dialogue);
}
