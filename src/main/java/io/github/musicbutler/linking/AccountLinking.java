package io.github.musicbutler.linking;

import java.util.Optional;

import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.RequestDeadline;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * The account-linking gate: whether this request comes from a linked user, and their Spotify for it. The token is
 * {@code context.System.user.accessToken}, which Alexa obtained (and keeps refreshed) when the user linked their
 * account. Speaks to users who are not linked.
 */
@Singleton
public class AccountLinking {

    private final Spotify spotify;
    private final RequestDeadline deadlines;

    AccountLinking(Spotify spotify, RequestDeadline deadlines) {
        this.spotify = spotify;
        this.deadlines = deadlines;
    }

    /** The linked user's Spotify for this request, or empty when they have not linked. */
    public Optional<SpotifySession> spotify(HandlerInput input) {
        return accessToken(input).map(token -> spotify.forUser(token, deadlines.of(input)));
    }

    /** Spotify's catalog with the app's own token, for anyone, linked or not. */
    public SpotifySession catalog(HandlerInput input) {
        return spotify.forApp(deadlines.of(input));
    }

    public boolean isLinked(HandlerInput input) {
        return accessToken(input).isPresent();
    }

    /** For a user who never linked: a LinkAccount card in the Alexa app and how to use it. Ends the session. */
    public Optional<Response> askToLink(HandlerInput input) {
        return askToLink(input, "link.required");
    }

    /** The same, with its own words ({@code speechKey}), e.g. a welcome that also explains linking. */
    public Optional<Response> askToLink(HandlerInput input, String speechKey) {
        return input.getResponseBuilder()
                .withSpeech(Speech.of(input).say(speechKey).ssml())
                .withLinkAccountCard()
                .withShouldEndSession(true)
                .build();
    }

    /** For a user whose token Spotify no longer accepts (revoked, or the refresh token expired). */
    public Optional<Response> askToLinkAgain(HandlerInput input) {
        return askToLink(input, "link.again");
    }

    /** Never log it. */
    private static Optional<String> accessToken(HandlerInput input) {
        return Optional.ofNullable(input.getRequestEnvelope().getContext())
                .map(Context::getSystem)
                .map(SystemState::getUser)
                .map(User::getAccessToken)
                .filter(token -> !token.isBlank());
    }
}
