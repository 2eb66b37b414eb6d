package io.github.musicbutler.spotify;

/**
 * The ways a call to Spotify can fail, as the skill speaks about them (see {@code SpotifyFailureHandler}).
 */
public enum SpotifyOutcome {
    /** 401 on the user's token: it expired or was revoked; only linking again helps. */
    TOKEN_REJECTED,
    /** The app's own credentials are missing (or set twice): only the skill's owner can help. */
    NOT_CONFIGURED,
    /** Spotify's accounts service refused the app's client id or secret ({@code invalid_client}). */
    CREDENTIALS_REJECTED,
    /** 403 PREMIUM_REQUIRED: controlling playback needs Spotify Premium. */
    PREMIUM_REQUIRED,
    /**
     * 403 VOLUME_CONTROL_DISALLOW, or a device that says {@code supports_volume: false}: this device's volume
     * cannot be set through Spotify (many TVs). Not an outage: the device is named.
     */
    VOLUME_CONTROL_DISALLOWED,
    /** Any other 403 (a player restriction, or a playlist Spotify does not let us read). */
    RESTRICTED,
    /** 404 NO_ACTIVE_DEVICE: no Spotify app is open anywhere. */
    NO_ACTIVE_DEVICE,
    /** Any other 404 (Spotify-owned playlists answer 404 since 2026). */
    NOT_FOUND,
    /** 429, when waiting for Retry-After did not fit in the time left. */
    RATE_LIMITED,
    /** 5xx, unexpected answers, connection failures, no app token. */
    UNAVAILABLE,
    /** Spotify did not answer within the request's budget. */
    TIMED_OUT
}
