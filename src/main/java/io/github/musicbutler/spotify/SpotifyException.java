package io.github.musicbutler.spotify;

import java.time.Duration;
import java.util.Optional;

/**
 * A call to Spotify failed in one of the ways the skill knows how to speak about. The message carries what Spotify
 * said (status, reason): never a token.
 */
public class SpotifyException extends RuntimeException {

    private final SpotifyOutcome outcome;
    private final transient Duration retryAfter;

    public SpotifyException(SpotifyOutcome outcome, String detail) {
        this(outcome, detail, null, null);
    }

    public SpotifyException(SpotifyOutcome outcome, String detail, Duration retryAfter, Throwable cause) {
        super(outcome + ": " + detail, cause, false, false);
        this.outcome = outcome;
        this.retryAfter = retryAfter;
    }

    public SpotifyOutcome outcome() {
        return outcome;
    }

    /** For {@link SpotifyOutcome#RATE_LIMITED}: how long Spotify asked us to wait. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
