package io.github.musicbutler.linking;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.spotify.SpotifySession;

/**
 * A touch that means exactly what a spoken request means (the pause button is "pause"): answered by that request's
 * handler, so the two can never drift apart.
 */
public abstract class SpokenTouchHandler extends LinkedTouchHandler {

    private final LinkedAccountHandler spoken;

    protected SpokenTouchHandler(String event, LinkedAccountHandler spoken) {
        super(event);
        this.spoken = spoken;
    }

    @Override
    protected final Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        return spoken.handleLinked(input, spotify);
    }
}
