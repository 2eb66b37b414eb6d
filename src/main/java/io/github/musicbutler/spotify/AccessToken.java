package io.github.musicbutler.spotify;

import java.util.Objects;

/**
 * A listener's Spotify access token as Alexa sent it, and whose it is ({@link TokenKind#PERSON} or
 * {@link TokenKind#ACCOUNT}). Its {@code toString} never shows the value: tokens never reach a log line.
 */
public record AccessToken(TokenKind kind, String value) {

    public AccessToken {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(value);
        if (kind == TokenKind.APP) {
            throw new IllegalArgumentException("the app's token is fetched by Spotify itself, never handed in");
        }
    }

    @Override
    public String toString() {
        return "AccessToken[" + kind + "]";
    }
}
