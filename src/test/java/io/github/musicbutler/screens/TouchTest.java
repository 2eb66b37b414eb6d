package io.github.musicbutler.screens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.BEARER;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Touches on the skill's screens ({@code Alexa.Presentation.APL.UserEvent}), each answered as its spoken request is;
 * a touch from a screen the conversation left behind, or with arguments no screen of ours sends, is said to be out
 * of date, never an error.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class TouchTest {

    static final String STALE = "<speak>That screen is out of date. Ask me again, and touch what you'd like.</speak>";
    static final String RUNNING_MIX = "spotify:playlist:3cEYpjA9oz9GiPac4AsH4n";

    FakeSpotify spotify;

    @BeforeEach
    void annasSpotify() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/pause")).willReturn(noContent()));
        spotify.stubFor(post(urlPathEqualTo("/v1/me/player/next")).willReturn(noContent()));
        spotify.stubFor(post(urlPathEqualTo("/v1/me/player/previous")).willReturn(noContent()));
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/play")).willReturn(noContent()));
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player")).willReturn(noContent()));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices-playing.json")));
    }

    @Test
    void thePauseButtonPausesAsSayingPauseDoes() {
        String spoken = ask(AlexaRequest.intent("AMAZON.PauseIntent")).extract().path("response.outputSpeech.ssml");

        ask(AlexaRequest.touch("NowPlaying", "pause"))
                .body("response.outputSpeech.ssml", is(spoken))
                .body("response.shouldEndSession", is(true));

        spotify.verify(exactly(2), putRequestedFor(urlPathEqualTo("/v1/me/player/pause")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void theResumeButtonOfAPausedSongResumesAsSayingResumeDoes() {
        String spoken = ask(AlexaRequest.intent("AMAZON.ResumeIntent").locale("fr-FR"))
                .extract().path("response.outputSpeech.ssml");

        ask(AlexaRequest.touch("NowPlaying", "resume").locale("fr-FR"))
                .body("response.outputSpeech.ssml", is(spoken))
                .body("response.shouldEndSession", is(true));

        spotify.verify(exactly(2), putRequestedFor(urlPathEqualTo("/v1/me/player/play")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void theNextAndPreviousButtonsSkipAsTheSpokenCommandsDo() {
        String next = ask(AlexaRequest.intent("AMAZON.NextIntent")).extract().path("response.outputSpeech.ssml");
        String previous = ask(AlexaRequest.intent("AMAZON.PreviousIntent").locale("de-DE"))
                .extract().path("response.outputSpeech.ssml");

        ask(AlexaRequest.touch("NowPlaying", "next")).body("response.outputSpeech.ssml", is(next));
        ask(AlexaRequest.touch("NowPlaying", "previous").locale("de-DE")).body("response.outputSpeech.ssml", is(previous));

        spotify.verify(exactly(2), postRequestedFor(urlPathEqualTo("/v1/me/player/next")));
        spotify.verify(exactly(2), postRequestedFor(urlPathEqualTo("/v1/me/player/previous")));
    }

    @Test
    void touchingAPlaylistPlaysItAsNamingItDoes() {
        String spoken = ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "running mix"))
                .extract().path("response.outputSpeech.ssml");

        ask(AlexaRequest.touch("ItemList", "play", RUNNING_MIX)).body("response.outputSpeech.ssml", is(spoken));

        spotify.verify(exactly(2), putRequestedFor(urlPathEqualTo("/v1/me/player/play"))
                .withRequestBody(equalToJson("{\"context_uri\": \"" + RUNNING_MIX + "\"}", true, true)));
    }

    @Test
    void aPlaylistThatIsNoLongerTheirsIsAStaleTouchAndNothingPlays() {
        ask(AlexaRequest.touch("ItemList", "play", "spotify:playlist:0000000000000000000000"))
                .body("response.outputSpeech.ssml", is(STALE))
                .body("response.shouldEndSession", is(false));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo("/v1/me/player/play")));
    }

    @Test
    void touchingASearchResultWhileItIsOfferedPlaysItAsTheSecondOneDoes() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(Fixtures.read("spotify/search-anything.json"))));
        Map<String, Object> offered = ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk").onScreen())
                .extract().path("sessionAttributes");

        ask(AlexaRequest.touch("ItemList", "choose", 2).sessionAttributes(offered).newSession(false))
                .body("response.outputSpeech.ssml", containsString("Daft Punk"));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/play"))
                .withRequestBody(equalToJson("{\"context_uri\": \"spotify:artist:4tZwfgrHOc3mvqYlEYSvVi\"}", true, true)));
    }

    @Test
    void touchingOneOfTheTopSongsPlaysItAsTheSecondOneDoes() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/top/tracks")).willReturn(json("top-tracks.json")));
        Map<String, Object> offered = ask(AlexaRequest.intent("TopTracksIntent").onScreen())
                .extract().path("sessionAttributes");

        ask(AlexaRequest.touch("ItemList", "choose", 3).sessionAttributes(offered).newSession(false))
                .body("response.outputSpeech.ssml", containsString("Never Gonna Give You Up"));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/play"))
                .withRequestBody(equalToJson("{\"uris\": [\"spotify:track:4uLU6hMCjMI75M1A2tKUQC\"]}", true, true)));
    }

    @Test
    void touchingASongOfAPlaylistsContentsStartsThePlaylistThere() {
        spotify.stubFor(get(urlPathEqualTo("/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items")).willReturn(json("playlist-items.json")));
        Map<String, Object> offered = ask(AlexaRequest.intent("PlaylistContentsIntent").slot("playlist", "running mix")
                .onScreen()).extract().path("sessionAttributes");

        ask(AlexaRequest.touch("ItemList", "choose", 2).sessionAttributes(offered).newSession(false))
                .body("response.outputSpeech.ssml", is("<speak>Playing your playlist Running Mix, starting with Get Lucky.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/play")).withRequestBody(equalToJson(
                "{\"context_uri\": \"" + RUNNING_MIX + "\", \"offset\": {\"position\": 1}}")));
    }

    @Test
    void touchingALikedSongPlaysTheLikedSongsStartingWithIt() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/tracks")).willReturn(json("liked-songs.json")));

        ask(AlexaRequest.touch("ItemList", "liked", "spotify:track:6dOtVTDdiauQNBQEDOtlAB"))
                .body("response.outputSpeech.ssml", is("<speak>Playing your liked songs, starting with Birds of a "
                        + "Feather.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/play")).withRequestBody(equalToJson("""
                {"uris": ["spotify:track:2qSkIjg1o9h3YT9RAgYN75", "spotify:track:6dOtVTDdiauQNBQEDOtlAB",
                          "spotify:track:69kOkLUCkxIZYexIgSG8rq"],
                 "offset": {"position": 1}}""")));
    }

    @Test
    void aSongNoLongerLikedIsAStaleTouchAndNothingPlays() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/tracks")).willReturn(json("liked-songs.json")));

        ask(AlexaRequest.touch("ItemList", "liked", "spotify:track:4uLU6hMCjMI75M1A2tKUQC"))
                .body("response.outputSpeech.ssml", is(STALE));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo("/v1/me/player/play")));
    }

    @Test
    void aSearchResultTouchedAfterTheConversationEndedIsStale() {
        ask(AlexaRequest.touch("ItemList", "choose", "2"))
                .body("response.outputSpeech.ssml", is(STALE));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo("/v1/me/player/play")));
    }

    @Test
    void touchingADeviceMovesTheMusicThereAsSwitchingToItDoes() {
        ask(AlexaRequest.touch("ItemList", "device", "5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e"))
                .body("response.outputSpeech.ssml", is("<speak>The music is now playing on the Kitchen Speaker.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player")).withRequestBody(
                equalToJson("{\"device_ids\": [\"5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e\"], \"play\": true}")));
    }

    @Test
    void aDeviceThatIsGoneIsAStaleTouch() {
        ask(AlexaRequest.touch("ItemList", "device", "a-device-that-went-away"))
                .body("response.outputSpeech.ssml", is(STALE));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo("/v1/me/player")));
    }

    @Test
    void argumentsNoScreenOfOursSendsAreAStaleTouchNeverAnError() {
        ask(AlexaRequest.touch("NowPlaying")).body("response.outputSpeech.ssml", is(STALE));
        ask(AlexaRequest.touch("NowPlaying", "launch-missiles")).body("response.outputSpeech.ssml", is(STALE));
        ask(AlexaRequest.touch("ItemList", "play", Map.of("uri", RUNNING_MIX))).body("response.outputSpeech.ssml", is(STALE));
        ask(AlexaRequest.touch("ItemList", "choose", -1)).body("response.outputSpeech.ssml", is(STALE));
        ask(AlexaRequest.touch("ItemList", "play", "spotify:playlist:" + "x".repeat(500)))
                .body("response.outputSpeech.ssml", is(STALE));
        ask(AlexaRequest.touch("ItemList", 7, "play")).body("response.outputSpeech.ssml", is(STALE));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo("/v1/me/player/play")));
    }

    @Test
    void someoneWhoHasNotLinkedIsToldHowToLink() {
        ask(AlexaRequest.touch("NowPlaying", "pause").unlinked())
                .body("response.card.type", is("LinkAccount"));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo("/v1/me/player/pause")));
    }
}
