package io.github.musicbutler.spotify;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the skill reaches Spotify: the Web API (with the user's token or the app's own), the accounts service that
 * issues the app's token, and how long a request may wait. Every {@code spotify.*} property is here, once, with its
 * default; {@code application.properties} only passes some of them on to the OIDC client.
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
     * The Spotify app's client id. Environment variable {@code SPOTIFY_CLIENT_ID}. Unset (the default): catalog
     * search is off.
     */
    Optional<String> clientId();

    /**
     * The Spotify app's client secret. Environment variable {@code SPOTIFY_CLIENT_SECRET}. Unset (the default):
     * catalog search is off, unless {@link #clientSecretParameter()} is set. Never logged.
     */
    Optional<String> clientSecret();

    /**
     * Where the client secret is kept instead: the name or ARN of an AWS Systems Manager Parameter Store
     * {@code SecureString} in the function's region, read by the first search (never at startup) with the execution
     * role's credentials. Environment variable {@code SPOTIFY_CLIENT_SECRET_PARAMETER}. Unset (the default): the
     * secret comes from {@link #clientSecret()}. Setting both turns catalog search off.
     */
    Optional<String> clientSecretParameter();

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

    /** The client id and exactly one source of the secret are there: the skill can get its own token for search. */
    default boolean hasAppCredentials() {
        return isSet(clientId()) && isSet(clientSecret()) != isSet(clientSecretParameter());
    }

    private static boolean isSet(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
