package io.github.musicbutler.linking;

import java.util.Optional;

import jakarta.inject.Inject;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import io.github.musicbutler.spotify.SpotifySession;

/**
 * A handler that needs the user's Spotify: unlinked users get the LinkAccount card, linked ones reach
 * {@link #handleLinked(HandlerInput, SpotifySession)} with their Spotify, ready for this request.
 */
public abstract class LinkedAccountHandler implements RequestHandler {

    @Inject
    AccountLinking accountLinking;

    @Override
    public final Optional<Response> handle(HandlerInput input) {
        return accountLinking.spotify(input)
                .map(spotify -> handleLinked(input, spotify))
                .orElseGet(() -> accountLinking.askToLink(input));
    }

    protected abstract Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify);
}
