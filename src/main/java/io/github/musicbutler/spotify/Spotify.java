package io.github.musicbutler.spotify;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

/**
 * Hands out the user's Spotify for one Alexa request: {@code spotify.of(input, accessToken)}.
 */
@Singleton
public class Spotify {

    private final SpotifyApi api;
    private final RequestDeadline deadlines;
    private final SpotifyConfig config;

    Spotify(@RestClient SpotifyApi api, RequestDeadline deadlines, SpotifyConfig config) {
        this.api = api;
        this.deadlines = deadlines;
        this.config = config;
    }

    public SpotifySession of(HandlerInput input, String accessToken) {
        return new SpotifySession(api, accessToken, deadlines.of(input), config);
    }
}
