package io.github.musicbutler.playlists;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.BEARER;
import static io.github.musicbutler.support.FakeSpotify.error;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Shuffle running mix" / "spiele running mix zufällig in der Küche": one of the listener's playlists, found by
 * name as "play …" finds it, started at a random song ({@code offset.position} below its {@code items.total}) and
 * then with Spotify's shuffle on where it plays; close names are asked about, and the answer shuffles.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class ShufflePlaylistTest {

    private static final String PLAYLISTS = "/v1/me/playlists";
    private static final String PLAY = "/v1/me/player/play";
    private static final String SHUFFLE = "/v1/me/player/shuffle";
    private static final String KITCHEN_SPEAKER = "5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e";
    private static final ObjectMapper JSON = new ObjectMapper();

    FakeSpotify spotify;

    @BeforeEach
    void annasLibrary() {
        spotify.stubFor(get(urlPathEqualTo(PLAYLISTS)).willReturn(json("my-playlists.json")));
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
        spotify.stubFor(put(urlPathEqualTo(SHUFFLE)).willReturn(noContent()));
    }

    @Test
    void shufflingStartsThePlaylistAtARandomSongAndThenTurnsShuffleOn() throws Exception {
        ask(AlexaRequest.intent("ShufflePlaylistIntent").slot("playlist", "running mix"))
                .body("response.outputSpeech.ssml", is("<speak>Shuffling your playlist Running Mix.</speak>"))
                .body("response.card.title", is("Running Mix"))
                .body("response.shouldEndSession", is(true));

        List<LoggedRequest> play = spotify.findAll(putRequestedFor(urlPathEqualTo(PLAY))
                .withQueryParam("device_id", absent()).withHeader("Authorization", equalTo(BEARER)));
        assertEquals(1, play.size());
        JsonNode body = JSON.readTree(play.getFirst().getBodyAsString());
        assertEquals("spotify:playlist:3cEYpjA9oz9GiPac4AsH4n", body.path("context_uri").asText());
        // my-playlists.json: Running Mix has "items": {"total": 20}
        int position = body.path("offset").path("position").asInt(-1);
        assertTrue(position >= 0 && position < 20, "starts at one of its 20 songs, not at " + body.path("offset"));
        List<LoggedRequest> shuffle = spotify.findAll(putRequestedFor(urlPathEqualTo(SHUFFLE))
                .withQueryParam("state", equalTo("true")).withQueryParam("device_id", absent()));
        assertEquals(1, shuffle.size());
        assertTrue(shuffle.getFirst().getLoggedDate().compareTo(play.getFirst().getLoggedDate()) >= 0,
                "shuffle is turned on after the playlist started");
    }

    @Test
    void germanShufflesOnTheDeviceNamedAndTurnsShuffleOnThere() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices.json")));

        ask(AlexaRequest.intent("ShufflePlaylistIntent").locale("de-DE")
                .slot("playlist", "running mix").slot("device", "kitchen speaker"))
                .body("response.outputSpeech.ssml",
                        is("<speak>Ich mische deine Playlist Running Mix auf dem Gerät Kitchen Speaker.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withQueryParam("device_id", equalTo(KITCHEN_SPEAKER)));
        spotify.verify(putRequestedFor(urlPathEqualTo(SHUFFLE)).withQueryParam("state", equalTo("true"))
                .withQueryParam("device_id", equalTo(KITCHEN_SPEAKER)));
    }

    @Test
    void withoutAPlaylistNameTheListenerIsAskedWhich() {
        ask(AlexaRequest.intent("ShufflePlaylistIntent").emptySlot("playlist"))
                .body("response.outputSpeech.ssml", is("<speak>Which playlist would you like?</speak>"))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].slotToElicit", is("playlist"))
                .body("response.directives[0].updatedIntent.name", is("ShufflePlaylistIntent"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void twoCloseNamesAreAskedAboutAndTheAnswerShufflesNextTurn() {
        Map<String, Object> session = ask(AlexaRequest.intent("ShufflePlaylistIntent").slot("playlist", "focus music"))
                .body("response.outputSpeech.ssml", is("<speak>Did you mean Focus or Deep Focus?</speak>"))
                .body("sessionAttributes.dialogue.shuffled", is(true))
                .body("response.shouldEndSession", is(false))
                .extract().path("sessionAttributes");
        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(PLAY)));

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "deep focus").sessionAttributes(session))
                .body("response.outputSpeech.ssml", is("<speak>Shuffling your playlist Deep Focus.</speak>"))
                .body("sessionAttributes.dialogue", nullValue());

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(
                matchingJsonPath("$.context_uri",
                        equalTo("spotify:playlist:4dQ1rT2yU3iO4pA5sD6fG7"))));
        spotify.verify(putRequestedFor(urlPathEqualTo(SHUFFLE)).withQueryParam("state", equalTo("true")));
    }

    @Test
    void noToTheSuggestionAsksAgainWhichPlaylistToShuffle() {
        Map<String, Object> session = ask(AlexaRequest.intent("ShufflePlaylistIntent").slot("playlist", "dinner music"))
                .body("response.outputSpeech.ssml", is("<speak>I couldn't find a playlist called dinner music. "
                        + "Did you mean Dinner Party?</speak>"))
                .extract().path("sessionAttributes");

        ask(AlexaRequest.intent("AMAZON.NoIntent").sessionAttributes(session))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].updatedIntent.name", is("ShufflePlaylistIntent"))
                .body("response.directives[0].slotToElicit", is("playlist"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void aNameNoneOfTheirPlaylistsIsNearIsSaidAndAskedAgainWithoutSearchingTheCatalog() {
        ask(AlexaRequest.intent("ShufflePlaylistIntent").locale("de-DE").slot("playlist", "heavy metal"))
                .body("response.outputSpeech.ssml", is("<speak>Eine Playlist namens heavy metal habe ich nicht "
                        + "gefunden. Sag: was sind meine Playlists, dann lese ich dir die Namen vor.</speak>"))
                .body("response.directives[0].slotToElicit", is("playlist"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(exactly(0), getRequestedFor(urlPathEqualTo("/v1/search")));
        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void withNoActiveDeviceTheListenerIsToldToOpenSpotifyAndShuffleIsNotTouched() {
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(error(404, "error-no-active-device.json")));

        ask(AlexaRequest.intent("ShufflePlaylistIntent").slot("playlist", "running mix"))
                .body("response.outputSpeech.ssml", is("<speak>I can't find an active Spotify player. Open Spotify "
                        + "on your phone, computer or speaker, then try again.</speak>"));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(SHUFFLE)));
    }

    @Test
    void withoutPremiumPremiumIsExplainedInGerman() {
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(error(403, "error-premium-required.json")));

        ask(AlexaRequest.intent("ShufflePlaylistIntent").locale("de-DE").slot("playlist", "running mix"))
                .body("response.outputSpeech.ssml", is("<speak>Um die Wiedergabe zu steuern, brauchst du Spotify "
                        + "Premium. Über deine Playlists und deine Top-Künstler kann ich dir trotzdem etwas erzählen.</speak>"));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(SHUFFLE)));
    }

    @Test
    void aRateLimitThatOutlastsAlexasPatienceIsABusySpotify() {
        spotify.stubFor(put(urlPathEqualTo(SHUFFLE)).willReturn(error(429, "error-429.json").withHeader("Retry-After", "30")));

        ask(AlexaRequest.intent("ShufflePlaylistIntent").slot("playlist", "running mix"))
                .body("response.outputSpeech.ssml", is("<speak>Spotify is busy right now. Please try again in a minute.</speak>"));
    }

    @Test
    void unlinkedListenersAreAskedToLink() {
        ask(AlexaRequest.intent("ShufflePlaylistIntent").slot("playlist", "running mix").unlinked())
                .body("response.card.type", is("LinkAccount"));

        spotify.verify(exactly(0), getRequestedFor(urlPathEqualTo(PLAYLISTS)));
    }
}
