package io.github.musicbutler.linking;

import java.util.Optional;

import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Person;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.RequestDeadline;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * The account-linking gate: the one place that decides whose Spotify a request uses. A recognised speaker who
 * linked their own Spotify ({@code context.System.person.accessToken}, skill personalisation) hears their own;
 * anyone else hears the household's ({@code context.System.user.accessToken}, the Amazon account's link); without
 * either, the listener is asked to link. Alexa obtains and refreshes both tokens; never log them, nor the ids.
 */
@Singleton
public class AccountLinking {

    /** Whose link serves a request. */
    public enum Level {
        /** The recognised speaker's own link. */
        PERSON("person-level token"),
        /** The Amazon account's link, shared by the household. */
        ACCOUNT("account-level token");

        private final String description;

        Level(String description) {
            this.description = description;
        }

        /** For the request log: says which path served, without any id. */
        public String description() {
            return description;
        }
    }

    private record Link(Level level, String accessToken) {
    }

    private final Spotify spotify;
    private final RequestDeadline deadlines;

    AccountLinking(Spotify spotify, RequestDeadline deadlines) {
        this.spotify = spotify;
        this.deadlines = deadlines;
    }

    /** The speaker's Spotify for this request (their own, else the household's), or empty when neither is linked. */
    public Optional<SpotifySession> spotify(HandlerInput input) {
        return link(input).map(link -> spotify.forUser(link.accessToken(), deadlines.of(input)));
    }

    /** Spotify's catalog with the app's own token, for anyone, linked or not. */
    public SpotifySession catalog(HandlerInput input) {
        return spotify.forApp(deadlines.of(input));
    }

    public boolean isLinked(HandlerInput input) {
        return link(input).isPresent();
    }

    /** Which link this request's Spotify calls use, if any. */
    public static Optional<Level> level(HandlerInput input) {
        return link(input).map(Link::level);
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

    /**
     * For a link Spotify no longer accepts (revoked, or the refresh token expired): the speaker's own when they
     * linked personally, so it is they who link again, not the household.
     */
    public Optional<Response> askToLinkAgain(HandlerInput input) {
        return askToLink(input, level(input).orElse(Level.ACCOUNT) == Level.PERSON ? "link.again.person" : "link.again");
    }

    private static Optional<Link> link(HandlerInput input) {
        Optional<SystemState> system = Optional.ofNullable(input.getRequestEnvelope().getContext()).map(Context::getSystem);
        Optional<Link> personal = system.map(SystemState::getPerson).map(Person::getAccessToken)
                .filter(token -> !token.isBlank()).map(token -> new Link(Level.PERSON, token));
        return personal.or(() -> system.map(SystemState::getUser).map(User::getAccessToken)
                .filter(token -> !token.isBlank()).map(token -> new Link(Level.ACCOUNT, token)));
    }
}
