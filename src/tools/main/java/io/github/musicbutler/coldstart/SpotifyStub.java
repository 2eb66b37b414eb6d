package io.github.musicbutler.coldstart;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Spotify's Web API and accounts service, answering instantly with realistic bodies (shapes from the Web API's
 * OpenAPI description), so the benchmark times the function and not the network.
 */
final class SpotifyStub implements AutoCloseable {

    private static final String ME = """
            {"id":"wizzler","display_name":"Wizzler","type":"user","uri":"spotify:user:wizzler",
             "href":"https://api.spotify.com/v1/users/wizzler","external_urls":{"spotify":"https://open.spotify.com/user/wizzler"},
             "followers":{"href":null,"total":12},"images":[]}""";

    private static final String DEVICE = """
            {"id":"5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e","is_active":true,"is_private_session":false,
             "is_restricted":false,"name":"Kitchen speaker","type":"Speaker","volume_percent":48,"supports_volume":true}""";

    private static final String TRACK = """
            {"id":"4iV5W9uYEdYUVa79Axb7Rh","name":"Harder, Better, Faster, Stronger","type":"track",
             "uri":"spotify:track:4iV5W9uYEdYUVa79Axb7Rh","duration_ms":224693,"explicit":false,
             "artists":[{"id":"4tZwfgrHOc3mvqYlEYSvVi","name":"Daft Punk","type":"artist","uri":"spotify:artist:4tZwfgrHOc3mvqYlEYSvVi"}],
             "album":{"id":"2noRn2Aes5aoNVsU6iWThc","name":"Discovery","album_type":"album","uri":"spotify:album:2noRn2Aes5aoNVsU6iWThc"}}""";

    private static final String PLAYER = """
            {"device":%s,"repeat_state":"off","shuffle_state":false,"timestamp":1763990000000,"progress_ms":61230,
             "is_playing":true,"currently_playing_type":"track","item":%s,
             "context":{"type":"playlist","uri":"spotify:playlist:37i9dQZF1DX0XUsuxWHRQd"}}""".formatted(DEVICE, TRACK);

    private static final String CURRENTLY_PLAYING = """
            {"timestamp":1763990000000,"progress_ms":61230,"is_playing":true,"currently_playing_type":"track",
             "item":%s,"context":null}""".formatted(TRACK);

    private static final String PLAYLISTS = """
            {"href":"https://api.spotify.com/v1/me/playlists?offset=0&limit=20","limit":20,"next":null,"offset":0,
             "previous":null,"total":3,"items":[
              {"id":"3cEYpjA9oz9GiPac4AsH4n","name":"Running mix","collaborative":false,"public":false,
               "uri":"spotify:playlist:3cEYpjA9oz9GiPac4AsH4n","snapshot_id":"MTY3","description":"",
               "owner":{"id":"wizzler","display_name":"Wizzler","type":"user"},"items":{"href":"https://api.spotify.com/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items","total":42}},
              {"id":"1ZlkqP1dM7uDtbPdkP9Ocl","name":"Sunday morning","collaborative":false,"public":true,
               "uri":"spotify:playlist:1ZlkqP1dM7uDtbPdkP9Ocl","snapshot_id":"NDI0","description":"slow songs",
               "owner":{"id":"wizzler","display_name":"Wizzler","type":"user"},"items":{"href":"https://api.spotify.com/v1/playlists/1ZlkqP1dM7uDtbPdkP9Ocl/items","total":17}},
              {"id":"7d2D2S200NyUE5KYs80PwO","name":"Dinner jazz","collaborative":true,"public":false,
               "uri":"spotify:playlist:7d2D2S200NyUE5KYs80PwO","snapshot_id":"OTk5","description":"",
               "owner":{"id":"anna","display_name":"Anna","type":"user"},"items":{"href":"https://api.spotify.com/v1/playlists/7d2D2S200NyUE5KYs80PwO/items","total":88}}]}""";

    private static final String APP_TOKEN = """
            {"access_token":"BQC-app-token-for-the-benchmark","token_type":"Bearer","expires_in":3600}""";

    private static final int WARM_UP_ROUNDS = 50;

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    SpotifyStub start() {
        server.start();
        server.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(okJson(ME)));
        server.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(okJson(PLAYER)));
        server.stubFor(get(urlPathEqualTo("/v1/me/player/currently-playing")).willReturn(okJson(CURRENTLY_PLAYING)));
        server.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(okJson(PLAYLISTS)));
        server.stubFor(post(urlPathEqualTo("/api/token")).willReturn(okJson(APP_TOKEN)));
        warmUp();
        return this;
    }

    /**
     * A fresh WireMock answers its first requests slowly (Jetty and the request matching are cold, in this JVM), and
     * that time would be charged to whichever function process happened to run first. Calls every stubbed path until
     * the stub is warm, then forgets those calls so {@link #requestCount()} counts only the function's.
     */
    private void warmUp() {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + server.port();
        try {
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                for (String path : List.of("/v1/me", "/v1/me/player", "/v1/me/player/currently-playing", "/v1/me/playlists")) {
                    http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer warm-up").build(),
                            HttpResponse.BodyHandlers.discarding());
                }
                http.send(HttpRequest.newBuilder(URI.create(base + "/api/token"))
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot warm up the Spotify stub", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        server.resetRequests();
    }

    /** The function's configuration pointing at this stub, in the public environment names. */
    Map<String, String> environment() {
        String base = "http://localhost:" + server.port();
        return Map.of(
                "SPOTIFY_API_URL", base + "/v1",
                "SPOTIFY_ACCOUNTS_URL", base,
                "SPOTIFY_CLIENT_ID", "benchmark-client-id",
                "SPOTIFY_CLIENT_SECRET", "benchmark-client-secret");
    }

    /** How many calls reached the stub: tells whether the figures include Spotify round trips. */
    int requestCount() {
        return server.getAllServeEvents().size();
    }

    @Override
    public void close() {
        server.stop();
    }
}
