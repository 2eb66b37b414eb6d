package io.github.musicbutler.spotify;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the skill reaches Spotify: the Web API (with the listener's token or the app's own), the accounts service that
 * issues the app's token, and how a library is read. The app's credentials ({@code spotify.client-id} and the secret)
 * are {@link io.github.musicbutler.secrets.AppCredentials}'; {@code application.properties} only passes some of these
 * on to the OIDC client.
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
     * Spotify's accounts service; the app's token comes from {@code <accounts-url>/api/token}. Environment variable
     * {@code SPOTIFY_ACCOUNTS_URL}. Default {@code https://accounts.spotify.com}.
     */
    @WithDefault("https://accounts.spotify.com")
    String accountsUrl();

    /**
     * How long a call to the Web API waits to connect. Environment variable {@code SPOTIFY_CONNECT_TIMEOUT}. Default
     * {@code 2s}.
     */
    @WithDefault("2s")
    Duration connectTimeout();

    /**
     * How long a call to the Web API waits for its answer: a backstop only, since every call also waits no longer
     * than its request's deadline (see {@code io.github.musicbutler.skill.AlexaConfig}). Environment variable
     * {@code SPOTIFY_READ_TIMEOUT}. Default {@code 8s}, all that Alexa waits.
     */
    @WithDefault("8s")
    Duration readTimeout();

    /**
     * How many playlists one request to {@code /me/playlists} asks for when reading all of them (Spotify allows
     * at most 50). Environment variable {@code SPOTIFY_PAGE_SIZE}. Default {@code 50}.
     */
    @WithDefault("50")
    int pageSize();

    /**
     * The most playlists read when finding one by its spoken name: a bound on the requests one "play …" makes.
     * How many are read within Alexa's time depends on Spotify's speed (see {@link #readingReserve()}).
     * Environment variable {@code SPOTIFY_MAX_PLAYLISTS}. Default {@code 10000}.
     */
    @WithDefault("10000")
    int maxPlaylists();

    /**
     * How many pages of playlists are requested at the same time when a whole library is read; more is faster
     * but may make Spotify answer 429. Environment variable {@code SPOTIFY_PAGE_CONCURRENCY}. Default {@code 10}.
     */
    @WithDefault("10")
    int pageConcurrency();

    /**
     * Reading a library stops when this much of the request's time is left, for the call that follows (playing
     * the playlist found) and an honest answer about the part not read. Environment variable
     * {@code SPOTIFY_READING_RESERVE}. Default {@code 1s}.
     */
    @WithDefault("1s")
    Duration readingReserve();
}
