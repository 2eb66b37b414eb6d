package io.github.musicbutler.console;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.SpotifyContract;

/**
 * The demo account's rendered answers, and its error bodies, are answers Spotify could give: each validates against
 * the response schema of its path and status in Spotify's published description (issue 25). The requests are
 * checked by the fake itself, like every request to it.
 */
class DemoAccountContractTest {

    private final FakeSpotify demo = DemoAccount.serve("en-US");
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> broken = new ArrayList<>();

    @AfterEach
    void stop() {
        demo.close();
    }

    @Test
    void everyAnswerOfTheDemoAccountConformsToTheDescription() throws Exception {
        String playlist = new ObjectMapper().readTree(send("GET", "/me/playlists?limit=1", null, DemoAccount.TOKEN))
                .path("items").path(0).path("id").asText();
        JsonNode devices = new ObjectMapper().readTree(send("GET", "/me/player/devices", null, DemoAccount.TOKEN))
                .path("devices");
        String device = devices.path(0).path("id").asText();
        String tv = StreamSupport.stream(devices.spliterator(), false)
                .filter(d -> !d.path("supports_volume").asBoolean(true)).findFirst().orElseThrow().path("id").asText();
        for (String get : List.of("/me", "/me/playlists?limit=50&offset=0", "/playlists/" + playlist + "/items?limit=50&offset=0",
                "/me/player", "/me/player/currently-playing", "/me/player/devices",
                "/me/top/artists?time_range=short_term&limit=5", "/me/top/tracks?limit=5",
                "/search?q=daft+punk&type=track,artist,album&limit=3", "/search?q=mix&type=playlist&limit=3",
                "/me/tracks?limit=50&offset=0")) {
            send("GET", get, null, DemoAccount.TOKEN);
        }
        // error bodies: a token Spotify does not know, an unknown playlist, an unknown device; and 204 answers
        send("GET", "/me", null, "not-a-token");
        send("GET", "/playlists/0000000000000000000000/items?limit=50&offset=0", null, DemoAccount.TOKEN);
        send("PUT", "/me/player/play?device_id=0000", "{\"context_uri\":\"spotify:playlist:" + playlist + "\"}",
                DemoAccount.TOKEN);
        send("PUT", "/me/player", "{\"device_ids\":[\"" + device + "\"]}", DemoAccount.TOKEN);
        send("PUT", "/me/player/pause", null, DemoAccount.TOKEN);
        send("GET", "/me/player", null, DemoAccount.TOKEN);
        // the queue, the volume (and a device that does not allow it), repeat
        String song = new ObjectMapper().readTree(send("GET", "/me/tracks?limit=1", null, DemoAccount.TOKEN))
                .path("items").path(0).path("track").path("uri").asText();
        send("POST", "/me/player/queue?uri=" + song, null, DemoAccount.TOKEN);
        send("PUT", "/me/player/volume?volume_percent=40", null, DemoAccount.TOKEN);
        send("PUT", "/me/player/repeat?state=track", null, DemoAccount.TOKEN);
        send("PUT", "/me/player/seek?position_ms=30000", null, DemoAccount.TOKEN);
        send("PUT", "/me/player", "{\"device_ids\":[\"" + tv + "\"]}", DemoAccount.TOKEN);
        send("PUT", "/me/player/volume?volume_percent=40", null, DemoAccount.TOKEN);

        assertTrue(broken.isEmpty(), () -> "The demo account answers unlike Spotify's description:\n"
                + String.join("\n", broken));
    }

    private String send(String method, String pathAndQuery, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(demo.apiUrl() + pathAndQuery.replace(",", "%2C")))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String path = URI.create(demo.apiUrl() + pathAndQuery.replace(",", "%2C")).getPath();
        List<String> errors = SpotifyContract.get().checkResponse(method, path, response.statusCode(), response.body());
        if (!errors.isEmpty()) {
            broken.add(method + " " + pathAndQuery + " -> " + response.statusCode() + ": " + String.join("; ", errors));
        }
        return response.body();
    }
}
