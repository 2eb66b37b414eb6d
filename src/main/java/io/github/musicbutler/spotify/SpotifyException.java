package io.github.musicbutler.spotify;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to Spotify failed in one of the ways the skill knows how to speak about, while it was asked for
 * {@link #subject()} with the {@link #token()} of that kind. The message carries what Spotify said (status, reason)
 * and the kind of call: never a token, a header, a body or what was searched for.
 */
public class SpotifyException extends RuntimeException {

    /** What the failed call was about, so the answer can name it ("the artist Queen"). */
    public enum Topic {
        PLAYER, TRACK, ALBUM, ARTIST, PLAYLIST, LIBRARY, SEARCH, ACCOUNT,
        /** One Spotify Connect device, by its name (its volume, say). */
        DEVICE,
        /** A podcast, by its name (its episodes). */
        SHOW,
        /** A podcast's episode, by its title (starting it). */
        EPISODE,
        /** An audiobook, by its title; Spotify offers them only in some markets. */
        AUDIOBOOK
    }

    /** @param name the name the listener knows it by, or {@code null} */
    public record Subject(Topic topic, String name) {

        static Subject of(Playable playable) {
            return new Subject(Topic.valueOf(playable.kind().name()), playable.name());
        }
    }

    private final SpotifyOutcome outcome;
    private final String detail;
    private final transient Duration retryAfter;
    private final Subject subject;
    private final TokenKind token;

    public SpotifyException(SpotifyOutcome outcome, String detail) {
        this(outcome, detail, null, null, null, null);
    }

    SpotifyException(SpotifyOutcome outcome, String detail, Duration retryAfter, Throwable cause) {
        this(outcome, detail, retryAfter, cause, null, null);
    }

    private SpotifyException(SpotifyOutcome outcome, String detail, Duration retryAfter, Throwable cause,
            Subject subject, TokenKind token) {
        super(outcome + ": " + detail, cause, false, false);
        this.outcome = outcome;
        this.detail = detail;
        this.retryAfter = retryAfter;
        this.subject = subject;
        this.token = token;
    }

    public SpotifyOutcome outcome() {
        return outcome;
    }

    /** For {@link SpotifyOutcome#RATE_LIMITED}: how long Spotify asked us to wait. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** What was asked for when it failed; the player when nothing more specific is known. */
    public Subject subject() {
        return subject == null ? new Subject(Topic.PLAYER, null) : subject;
    }

    /**
     * The kind of token the failed call carried. Every exception a {@link SpotifySession} throws has it; one built
     * outside a session (never thrown to a handler) says {@link TokenKind#APP}, the kind no listener can re-link.
     */
    public TokenKind token() {
        return token == null ? TokenKind.APP : token;
    }

    /** The same failure, known to be about {@code about} (kept if a more specific subject is already known). */
    SpotifyException about(Subject about) {
        return subject != null ? this : new SpotifyException(outcome, detail, retryAfter, getCause(), about, token);
    }

    /** The same failure, of a call that carried a token of this kind (kept if already known). */
    SpotifyException carrying(TokenKind kind) {
        return token != null ? this : new SpotifyException(outcome, detail, retryAfter, getCause(), subject, kind);
    }
}
