package io.github.musicbutler.linking;

import java.util.Optional;

import jakarta.inject.Inject;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import io.github.musicbutler.reply.LinkPrompts;
import io.github.musicbutler.skill.RequestDeadline;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * A handler that needs the listener's Spotify: unlinked listeners get {@link #handleUnlinked(HandlerInput)} (the
 * LinkAccount card), linked ones reach {@link #handleLinked(HandlerInput, SpotifySession)} with their Spotify,
 * ready for this request (its token and its deadline).
 */
public abstract class LinkedAccountHandler implements RequestHandler {

    @Inject
    Spotify spotify;

    @Inject
    RequestDeadline deadlines;

    @Override
    public final Optional<Response> handle(HandlerInput input) {
        return AccountLinking.token(input)
                .map(token -> handleLinked(input, spotify.forUser(token, deadlines.of(input))))
                .orElseGet(() -> handleUnlinked(input));
    }

    protected abstract Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify);

    /** For a listener who never linked: by default the LinkAccount card and how to use it. */
    protected Optional<Response> handleUnlinked(HandlerInput input) {
        return LinkPrompts.askToLink(input);
    }
}
