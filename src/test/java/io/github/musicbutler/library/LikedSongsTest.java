package io.github.musicbutler.library;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.BEARER;
import static io.github.musicbutler.support.FakeSpotify.error;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Play my liked songs" / "spiele meine Lieblingssongs": the newest liked songs ({@code GET /me/tracks}, one page of
 * 50) started as song URIs, on the active device or the one named; "shuffle my liked songs" mixes them and turns
 * Spotify's shuffle on; an empty library and Spotify's refusals are said as such.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class LikedSongsTest {

    private static final String TRACKS = "/v1/me/tracks";
    private static final String PLAY = "/v1/me/player/play";
    private static final String SHUFFLE = "/v1/me/player/shuffle";
    private static final String NEWEST_FIRST = """
            {"uris": ["spotify:track:2qSkIjg1o9h3YT9RAgYN75", "spotify:track:6dOtVTDdiauQNBQEDOtlAB",
                      "spotify:track:69kOkLUCkxIZYexIgSG8rq"]}""";
    private static final ObjectMapper JSON = new ObjectMapper();

    FakeSpotify spotify;

    @BeforeEach
    void threeLikedSongs() {
        spotify.stubFor(get(urlPathEqualTo(TRACKS)).willReturn(json("liked-songs.json")));
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
        spotify.stubFor(put(urlPathEqualTo(SHUFFLE)).willReturn(noContent()));
    }

    @Test
    void likedSongsPlayNewestFirstOnTheActiveDevice() {
        ask(AlexaRequest.intent("PlayLikedSongsIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Playing your liked songs.</speak>"))
                .body("response.card.title", is("Liked Songs"))
                .body("response.card.image.largeImageUrl",
                        is("https://i.scdn.co/image/ab67616d0000b273659cd4673230913b3918e0d5"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(getRequestedFor(urlPathEqualTo(TRACKS)).withQueryParam("limit", equalTo("50"))
                .withQueryParam("offset", equalTo("0")).withHeader("Authorization", equalTo(BEARER)));
        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withQueryParam("device_id", absent())
                .withRequestBody(equalToJson(NEWEST_FIRST)));
        spotify.verify(0, putRequestedFor(urlPathEqualTo(SHUFFLE)));
    }

    @Test
    void likedSongsAreSaidInGerman() {
        ask(AlexaRequest.intent("PlayLikedSongsIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Ich spiele deine Lieblingssongs.</speak>"))
                .body("response.card.title", is("Lieblingssongs"));
    }

    @Test
    void likedSongsPlayOnTheDeviceNamed() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices.json")));

        ask(AlexaRequest.intent("PlayLikedSongsIntent").locale("de-DE").slot("device", "wohnzimmer fernseher"))
                .body("response.outputSpeech.ssml",
                        is("<speak>Ich spiele deine Lieblingssongs auf dem Wohnzimmer Fernseher.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY))
                .withQueryParam("device_id", equalTo("b46689cc9ba7d4bfc3f8a8d5e4e4b1c0e3a9f2d7"))
                .withRequestBody(equalToJson(NEWEST_FIRST)));
    }

    @Test
    void anUnknownDeviceIsAskedForAgainWithoutPlaying() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices.json")));

        ask(AlexaRequest.intent("PlayLikedSongsIntent").slot("device", "garage"))
                .body("response.outputSpeech.ssml", containsString("I couldn't find a device called garage."))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].slotToElicit", is("device"))
                .body("response.directives[0].updatedIntent.name", is("PlayLikedSongsIntent"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void onlyTheNewestFiftyOfABigLibraryPlayAndTheAnswerSaysSo() throws Exception {
        spotify.stubFor(get(urlPathEqualTo(TRACKS)).willReturn(okJson(bigLibrary(50, 1234))));

        ask(AlexaRequest.intent("PlayLikedSongsIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Playing your 50 newest liked songs.</speak>"));

        JsonNode body = JSON.readTree(spotify.findAll(putRequestedFor(urlPathEqualTo(PLAY))).getFirst().getBodyAsString());
        assertEquals(50, body.path("uris").size());
        assertEquals("spotify:track:" + id(0), body.path("uris").path(0).asText());
    }

    @Test
    void shufflingStartsTheSongsMixedAndThenTurnsShuffleOnWhereTheyPlay() throws Exception {
        ask(AlexaRequest.intent("ShuffleLikedSongsIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Shuffling your liked songs.</speak>"));

        List<LoggedRequest> play = spotify.findAll(putRequestedFor(urlPathEqualTo(PLAY)));
        Set<String> started = new TreeSet<>();
        JSON.readTree(play.getFirst().getBodyAsString()).path("uris").forEach(uri -> started.add(uri.asText()));
        assertEquals(new TreeSet<>(Set.of("spotify:track:2qSkIjg1o9h3YT9RAgYN75", "spotify:track:6dOtVTDdiauQNBQEDOtlAB",
                "spotify:track:69kOkLUCkxIZYexIgSG8rq")), started);
        List<LoggedRequest> shuffle = spotify.findAll(putRequestedFor(urlPathEqualTo(SHUFFLE))
                .withQueryParam("state", equalTo("true")).withQueryParam("device_id", absent()));
        assertEquals(1, shuffle.size());
        assertTrue(shuffle.getFirst().getLoggedDate().compareTo(play.getFirst().getLoggedDate()) >= 0,
                "shuffle is turned on after the songs started");
    }

    @Test
    void shufflingInGermanOnANamedDeviceTurnsShuffleOnThere() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices.json")));

        ask(AlexaRequest.intent("ShuffleLikedSongsIntent").locale("de-DE").slot("device", "kitchen speaker"))
                .body("response.outputSpeech.ssml",
                        is("<speak>Ich mische deine Lieblingssongs auf dem Gerät Kitchen Speaker.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(SHUFFLE)).withQueryParam("state", equalTo("true"))
                .withQueryParam("device_id", equalTo("5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e")));
    }

    @Test
    void anEmptyLibraryIsSaidHonestlyAndNothingStarts() {
        spotify.stubFor(get(urlPathEqualTo(TRACKS)).willReturn(json("liked-songs-empty.json")));

        ask(AlexaRequest.intent("PlayLikedSongsIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Your liked songs are empty. Save a song you like with, "
                        + "save this song, then ask again.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void anEmptyLibraryIsSaidInGerman() {
        spotify.stubFor(get(urlPathEqualTo(TRACKS)).willReturn(json("liked-songs-empty.json")));

        ask(AlexaRequest.intent("ShuffleLikedSongsIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Bei deinen Lieblingssongs ist noch nichts gespeichert. "
                        + "Sag bei einem Song, der dir gefällt: speichere diesen Song, dann frag noch einmal.</speak>"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(SHUFFLE)));
    }

    @Test
    void withoutPremiumTheLikedSongsAreNotStartedAndPremiumIsExplained() {
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(error(403, "error-premium-required.json")));

        ask(AlexaRequest.intent("PlayLikedSongsIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Controlling playback needs Spotify Premium. I can still "
                        + "tell you about your playlists and your top artists.</speak>"));
    }

    @Test
    void withNoActiveDeviceTheListenerIsToldToOpenSpotify() {
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(error(404, "error-no-active-device.json")));

        ask(AlexaRequest.intent("PlayLikedSongsIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Ich finde keinen aktiven Spotify-Player. Öffne Spotify "
                        + "auf deinem Handy, Computer oder Lautsprecher und versuch es dann noch einmal.</speak>"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(SHUFFLE)));
    }

    @Test
    void aRateLimitOnTheLibraryThatOutlastsAlexasPatienceIsABusySpotify() {
        spotify.stubFor(get(urlPathEqualTo(TRACKS)).willReturn(error(429, "error-429.json").withHeader("Retry-After", "30")));

        ask(AlexaRequest.intent("PlayLikedSongsIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Spotify is busy right now. Please try again in a minute.</speak>"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void unlinkedListenersAreAskedToLink() {
        ask(AlexaRequest.intent("PlayLikedSongsIntent").unlinked())
                .body("response.card.type", is("LinkAccount"));

        spotify.verify(0, getRequestedFor(urlPathEqualTo(TRACKS)));
    }

    /** One page of {@code limit} liked songs, newest first, of a library of {@code total}. */
    private static String bigLibrary(int limit, int total) {
        ObjectNode page = JSON.createObjectNode();
        page.put("href", "https://api.spotify.com/v1/me/tracks?offset=0&limit=" + limit);
        ArrayNode items = page.putArray("items");
        for (int i = 0; i < limit; i++) {
            ObjectNode saved = items.addObject();
            saved.put("added_at", "2026-11-%02dT%02d:00:00Z".formatted(28 - i / 24, 23 - i % 24));
            ObjectNode track = saved.putObject("track");
            track.put("id", id(i));
            track.put("name", "Song " + i);
            track.put("type", "track");
            track.put("uri", "spotify:track:" + id(i));
            track.put("is_local", false);
            track.putArray("artists").addObject().put("name", "Artist " + i).put("type", "artist");
        }
        page.put("limit", limit);
        page.put("next", "https://api.spotify.com/v1/me/tracks?offset=" + limit + "&limit=" + limit);
        page.put("offset", 0);
        page.putNull("previous");
        page.put("total", total);
        return page.toString();
    }

    /** A Spotify-shaped id (22 characters) for the i-th song. */
    private static String id(int i) {
        return "4iV5W9uYEdYUVa79Axb" + "%03d".formatted(i);
    }
}
