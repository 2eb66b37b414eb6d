package io.github.musicbutler.linking;

import java.util.Optional;

import jakarta.inject.Inject;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

/**
 * A handler that needs the user's Spotify: unlinked users get the LinkAccount card, linked ones reach
 * {@link #handleLinked(HandlerInput, String)} with their access token.
 */
public abstract class LinkedAccountHandler implements RequestHandler {

    @Inject
    AccountLinking accountLinking;

    @Override
    public final Optional<Response> handle(HandlerInput input) {
        return accountLinking.accessToken(input)
                .map(accessToken -> handleLinked(input, accessToken))
                .orElseGet(() -> accountLinking.askToLink(input));
    }

    protected abstract Optional<Response> handleLinked(HandlerInput input, String accessToken);
}
