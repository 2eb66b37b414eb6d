package io.github.musicbutler.dialogue;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

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
 * Conversations where one feature hands over to another: the question asked last is the only one that can be
 * answered, and nothing of an earlier question leaks into a later request.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class FollowUpTest {

    private static final String PLAY = "/v1/me/player/play";

    FakeSpotify spotify;

    @BeforeEach
    void annasSpotify() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(okJson(Fixtures.read("spotify/my-playlists.json"))));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(okJson(Fixtures.read("spotify/devices.json"))));
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(Fixtures.read("spotify/search-anything.json"))));
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
    }

    @Test
    void aSearchAfterDidYouMeanLeavesNoDeviceBehindForALaterPlay() {
        Map<String, Object> asked = ask(AlexaRequest.intent("PlayPlaylistIntent")
                .slot("playlist", "focus music").slot("device", "kitchen speaker"))
                .body("response.outputSpeech.ssml", containsString("Did you mean Focus or Deep Focus?"))
                .extract().path("sessionAttributes");
        Map<String, Object> searched = ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk")
                .sessionAttributes(asked))
                .body("response.outputSpeech.ssml", containsString("I found One More Time"))
                .extract().path("sessionAttributes");

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "running mix").sessionAttributes(searched))
                .body("response.outputSpeech.ssml", is("<speak>Playing your playlist Running Mix.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withQueryParam("device_id", absent())
                .withRequestBody(equalToJson("{\"context_uri\": \"spotify:playlist:3cEYpjA9oz9GiPac4AsH4n\"}")));
    }

    @Test
    void theAnswerToDidYouMeanPlaysOnTheDeviceAskedFor() {
        Map<String, Object> asked = ask(AlexaRequest.intent("PlayPlaylistIntent")
                .slot("playlist", "focus music").slot("device", "kitchen speaker"))
                .extract().path("sessionAttributes");

        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "2nd").sessionAttributes(asked))
                .body("response.outputSpeech.ssml", is("<speak>Playing your playlist Deep Focus on the Kitchen Speaker.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY))
                .withQueryParam("device_id", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e")));
    }

    @Test
    void aQuestionLeftUnansweredIsClosedByTheNextRequest() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/currently-playing")).willReturn(noContent()));
        Map<String, Object> searched = ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .extract().path("sessionAttributes");
        Map<String, Object> movedOn = ask(AlexaRequest.intent("WhatsPlayingIntent").sessionAttributes(searched))
                .body("sessionAttributes.dialogue", nullValue())
                .extract().path("sessionAttributes");

        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "1").sessionAttributes(movedOn))
                .body("response.outputSpeech.ssml", not(containsString("Playing")));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void aMisheardAnswerKeepsTheQuestionOpen() {
        Map<String, Object> searched = ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .extract().path("sessionAttributes");
        Map<String, Object> misheard = ask(AlexaRequest.intent("AMAZON.FallbackIntent").sessionAttributes(searched))
                .body("sessionAttributes.dialogue.waitingFor", is("search-choice"))
                .extract().path("sessionAttributes");

        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "1").sessionAttributes(misheard))
                .body("response.outputSpeech.ssml", is("<speak>Playing One More Time by Daft Punk.</speak>"));
    }

    @Test
    void anUnreadableDialogueStateIsTreatedAsNoQuestion() {
        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "1")
                .sessionAttributes("{\"dialogue\": {\"waitingFor\": \"something-else\", \"x\": 1}}"))
                .body("response.outputSpeech.ssml", not(containsString("Playing")))
                .body("sessionAttributes.dialogue", nullValue());

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }
}
