package io.github.musicbutler.dialogue;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A person mid-conversation while a new version is deployed: the question the previous version asked, in the
 * previous session format (Spotify's own records, {@code "waitingFor": "choice"} with a {@code source}), is
 * answered by this version as it would have been. Read for one release; the session attributes are copied from
 * what the previous version wrote.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class PreviousSessionFormatTest {

    private static final String PLAY = "/v1/me/player/play";

    /** "Did you mean Focus or Deep Focus?" about "focus music on the kitchen speaker", as the previous version kept it. */
    private static final String DID_YOU_MEAN = """
            {"dialogue": {"waitingFor": "choice", "source": "PLAYLISTS", "options": [
              {"kind": "PLAYLIST", "name": "Focus", "uri": "spotify:playlist:37i9dQZF1DWZeKCadgRdKQ", "by": "Anna",
               "image": "https://i.scdn.co/image/ab67706c0000da84focus"},
              {"kind": "PLAYLIST", "name": "Deep Focus", "uri": "spotify:playlist:37i9dQZF1DWZeKCadgRdKR", "by": "Anna"}],
              "device": {"id": "5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e", "name": "Kitchen Speaker", "type": "Speaker",
               "is_active": false, "is_restricted": false}}}""";

    /** The results of "search for daft punk", as the previous version kept them. */
    private static final String SEARCH_RESULTS = """
            {"dialogue": {"waitingFor": "choice", "source": "SEARCH", "options": [
              {"kind": "TRACK", "name": "One More Time", "uri": "spotify:track:0DiWol3AO6WpXZgp0goxAV", "by": "Daft Punk"},
              {"kind": "ARTIST", "name": "Daft Punk", "uri": "spotify:artist:4tZwfgrHOc3mvqYlEYSvVi"},
              {"kind": "ALBUM", "name": "Random Access Memories", "uri": "spotify:album:4m2880jivSbbyEGAKfITCa",
               "by": "Daft Punk"}]}}""";

    FakeSpotify spotify;

    @BeforeEach
    void annasSpotify() {
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
    }

    @Test
    void theSecondOfAPreviousDidYouMeanPlaysOnTheDeviceItWasAskedFor() {
        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "2nd").sessionAttributes(DID_YOU_MEAN))
                .body("response.outputSpeech.ssml", is("<speak>Playing your playlist Deep Focus on the Kitchen Speaker.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY))
                .withQueryParam("device_id", equalTo("5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e"))
                .withRequestBody(equalToJson("{\"context_uri\": \"spotify:playlist:37i9dQZF1DWZeKCadgRdKR\"}")));
    }

    @Test
    void yesToAPreviousDidYouMeanAsksWhichOfTheTwo() {
        ask(AlexaRequest.intent("AMAZON.YesIntent").sessionAttributes(DID_YOU_MEAN))
                .body("response.outputSpeech.ssml", containsString("Focus"))
                .body("response.outputSpeech.ssml", containsString("Deep Focus"))
                .body("sessionAttributes.dialogue.waitingFor", is("playlist-choice"))
                .body("sessionAttributes.dialogue.device.name", is("Kitchen Speaker"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void noToAPreviousDidYouMeanAsksForThePlaylistOnTheSameDevice() {
        ask(AlexaRequest.intent("AMAZON.NoIntent").sessionAttributes(DID_YOU_MEAN))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].slotToElicit", is("playlist"))
                .body("response.directives[0].updatedIntent.name", is("PlayPlaylistIntent"))
                .body("response.directives[0].updatedIntent.slots.device.value", is("Kitchen Speaker"));
    }

    @Test
    void theFirstOfPreviousSearchResultsPlaysThatSong() {
        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "1").sessionAttributes(SEARCH_RESULTS))
                .body("response.outputSpeech.ssml", is("<speak>Playing One More Time by Daft Punk.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withQueryParam("device_id", absent())
                .withRequestBody(equalToJson("{\"uris\": [\"spotify:track:0DiWol3AO6WpXZgp0goxAV\"]}")));
    }

    @Test
    void noToPreviousSearchResultsAsksWhatToSearchFor() {
        ask(AlexaRequest.intent("AMAZON.NoIntent").sessionAttributes(SEARCH_RESULTS))
                .body("response.directives[0].slotToElicit", is("query"))
                .body("response.directives[0].updatedIntent.name", is("SearchIntent"));
    }

    @Test
    void morePlaylistsKeptByThePreviousVersionGoesOnWhereItStopped() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(okJson(Fixtures.read("spotify/my-playlists.json"))));

        ask(AlexaRequest.intent("AMAZON.MoreIntent").sessionAttributes("""
                {"dialogue": {"waitingFor": "more-playlists", "from": 5}}"""))
                .body("response.shouldEndSession", is(false));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/me/playlists")).withQueryParam("offset", equalTo("5")));
    }
}
