package io.github.musicbutler.linking;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Person;
import com.amazon.ask.model.User;
import com.amazon.ask.model.interfaces.system.SystemState;

import io.github.musicbutler.spotify.AccessToken;
import io.github.musicbutler.spotify.TokenKind;

/**
 * The account-linking decision, and nothing else: whose link serves a request. A recognised speaker who linked
 * their own Spotify ({@code context.System.person.accessToken}, skill personalisation) hears their own; anyone
 * else hears the household's ({@code context.System.user.accessToken}, the Amazon account's link); without either,
 * nobody's. Alexa obtains and refreshes both tokens; never log them, nor the ids. Sessions come from
 * {@code spotify.Spotify}, the words that ask to link from {@code reply.LinkPrompts}.
 */
public final class AccountLinking {

    private AccountLinking() {
    }

    /** The token this request's Spotify calls use: the speaker's own, else the household's; empty when unlinked. */
    public static Optional<AccessToken> token(HandlerInput input) {
        Optional<SystemState> system = Optional.ofNullable(input.getRequestEnvelope().getContext()).map(Context::getSystem);
        Optional<AccessToken> personal = system.map(SystemState::getPerson).map(Person::getAccessToken)
                .filter(token -> !token.isBlank()).map(token -> new AccessToken(TokenKind.PERSON, token));
        return personal.or(() -> system.map(SystemState::getUser).map(User::getAccessToken)
                .filter(token -> !token.isBlank()).map(token -> new AccessToken(TokenKind.ACCOUNT, token)));
    }

    public static boolean isLinked(HandlerInput input) {
        return token(input).isPresent();
    }

    /** Whose link this request uses ({@link TokenKind#PERSON} or {@link TokenKind#ACCOUNT}), if any. */
    public static Optional<TokenKind> level(HandlerInput input) {
        return token(input).map(AccessToken::kind);
    }
}
