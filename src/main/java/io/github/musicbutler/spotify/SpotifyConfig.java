package io.github.musicbutler.spotify;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the skill reaches the Spotify Web API on the user's behalf, and how long it may wait for it.
 */
@ConfigMapping(prefix = "spotify")
public interface SpotifyConfig {

    /**
     * The Web API's base URL, including the {@code /v1} prefix. Environment variable {@code SPOTIFY_API_URL}.
     * Default {@code https://api.spotify.com/v1}.
     */
    @WithDefault("https://api.spotify.com/v1")
    String apiUrl();

    /**
     * How long Alexa waits for an answer before it tells the user the skill did not respond (about 8 seconds).
     * Environment variable {@code SPOTIFY_ALEXA_PATIENCE}. Default {@code 8s}.
     */
    @WithDefault("8s")
    Duration alexaPatience();

    /**
     * Time kept back from every request's budget for building and sending the answer, so the user hears an
     * apology rather than Alexa's "the skill did not respond". Environment variable {@code SPOTIFY_SAFETY_MARGIN}.
     * Default {@code 1500ms}.
     */
    @WithDefault("1500ms")
    Duration safetyMargin();

    /**
     * How many playlists one request to {@code /me/playlists} asks for when reading all of them (Spotify allows
     * at most 50). Environment variable {@code SPOTIFY_PAGE_SIZE}. Default {@code 50}.
     */
    @WithDefault("50")
    int pageSize();

    /**
     * The most playlists read when matching a spoken name, so a huge library cannot eat the whole budget.
     * Environment variable {@code SPOTIFY_MAX_PLAYLISTS}. Default {@code 500}.
     */
    @WithDefault("500")
    int maxPlaylists();
}
