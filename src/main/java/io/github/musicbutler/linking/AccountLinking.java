package io.github.musicbutler.linking;

import java.util.Optional;

import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;

import io.github.musicbutler.i18n.Speech;

/**
 * Answers "is this user linked?" from {@code context.System.user.accessToken}, the Spotify access token Alexa
 * obtained (and keeps refreshed) when the user linked their account, and speaks to users who are not.
 */
@Singleton
public class AccountLinking {

    /** The user's Spotify access token, if they have linked their account. Never log it. */
    public Optional<String> accessToken(HandlerInput input) {
        return Optional.ofNullable(input.getRequestEnvelope().getContext())
                .map(Context::getSystem)
                .map(SystemState::getUser)
                .map(User::getAccessToken)
                .filter(token -> !token.isBlank());
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
                .withSpeech(Speech.of(input).say(speechKey))
                .withLinkAccountCard()
                .withShouldEndSession(true)
                .build();
    }

    /** For a user whose token Spotify no longer accepts (revoked, or the refresh token expired). */
    public Optional<Response> askToLinkAgain(HandlerInput input) {
        return askToLink(input, "link.again");
    }
}
