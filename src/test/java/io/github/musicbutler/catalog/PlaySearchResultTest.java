package io.github.musicbutler.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.SpotifyAccountsServer;
import io.github.musicbutler.support.SpotifyApiServer;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Play the first one" after a search: the results come back in the session as the search left them.
 */
@QuarkusTest
@WithTestResource(SpotifyApiServer.class)
@WithTestResource(SpotifyAccountsServer.class)
class PlaySearchResultTest {

    static final Map<String, Object> AFTER_SEARCH = Map.of(SearchAnswer.RESULTS_ATTRIBUTE, List.of(
            Map.of("type", "TRACK", "name", "One More Time", "uri", "spotify:track:0DiWol3AO6WpXZgp0goxAV", "by", "Daft Punk"),
            Map.of("type", "ARTIST", "name", "Daft Punk", "uri", "spotify:artist:4tZwfgrHOc3mvqYlEYSvVi"),
            Map.of("type", "ALBUM", "name", "Random Access Memories", "uri", "spotify:album:4m2880jivSbbyEGAKfITCa",
                    "by", "Daft Punk")));

    WireMockServer spotify;

    @BeforeEach
    void playerAccepts() {
        spotify.resetAll();
        spotify.stubFor(put(urlEqualTo("/v1/me/player/play")).willReturn(aResponse().withStatus(204)));
    }

    @Test
    void firstOneStartsTheSongByItsUriWithTheUsersToken() {
        ask(select("1"))
                .body("response.outputSpeech.ssml", is("<speak>Playing One More Time by Daft Punk.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlEqualTo("/v1/me/player/play"))
                .withHeader("Authorization", equalTo("Bearer " + AlexaRequest.ACCESS_TOKEN))
                .withRequestBody(equalToJson("""
                        {"uris": ["spotify:track:0DiWol3AO6WpXZgp0goxAV"]}""")));
    }

    @Test
    void anArtistOrAlbumStartsAsAContext() {
        ask(select("3"))
                .body("response.outputSpeech.ssml", containsString("Playing the album Random Access Memories by Daft Punk."));

        spotify.verify(putRequestedFor(urlEqualTo("/v1/me/player/play"))
                .withRequestBody(equalToJson("""
                        {"context_uri": "spotify:album:4m2880jivSbbyEGAKfITCa"}""")));
    }

    @Test
    void aPositionBeyondTheResultsIsAskedAgain() {
        ask(select("5"))
                .body("response.outputSpeech.ssml", containsString("I found 3 results"))
                .body("response.shouldEndSession", is(false))
                .body("sessionAttributes.'catalog.results'.size()", is(3));

        spotify.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void unlinkedUserGetsTheLinkCard() {
        ask(select("1").unlinked())
                .body("response.card.type", is("LinkAccount"))
                .body("response.outputSpeech.ssml", containsString("link your account"));

        spotify.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void tokenSpotifyRejectsLeadsToTheRelinkCard() {
        spotify.stubFor(put(urlEqualTo("/v1/me/player/play")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"status\":401,\"message\":\"The access token expired\"}}")));

        ask(select("1"))
                .body("response.card.type", is("LinkAccount"))
                .body("response.outputSpeech.ssml", containsString("link your Spotify account again"))
                .body("response.shouldEndSession", is(true));
    }

    @Test
    void noActiveDeviceIsExplainedLikeForEveryPlayerCommand() {
        spotify.stubFor(put(urlEqualTo("/v1/me/player/play")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"status\":404,\"message\":\"Player command failed: No active device found\","
                        + "\"reason\":\"NO_ACTIVE_DEVICE\"}}")));

        ask(select("1"))
                .body("response.outputSpeech.ssml", containsString("can't find an active Spotify player"));
    }

    @Test
    void freeAccountsHearThatPlayingNeedsPremium() {
        spotify.stubFor(put(urlEqualTo("/v1/me/player/play")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"status\":403,\"message\":\"Player command failed: Premium required\","
                        + "\"reason\":\"PREMIUM_REQUIRED\"}}")));

        ask(select("2"))
                .body("response.outputSpeech.ssml", containsString("needs Spotify Premium"));
    }

    @Test
    void choosingWithoutASearchIsLeftToOtherHandlers() {
        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "1"))
                .body("response.outputSpeech.ssml", org.hamcrest.Matchers.not(containsString("Playing")))
                .body("sessionAttributes.'catalog.results'", nullValue());

        spotify.verify(0, anyRequestedFor(anyUrl()));
    }

    private static AlexaRequest select(String position) {
        return AlexaRequest.intent("SelectOptionIntent").slot("position", position).sessionAttributes(AFTER_SEARCH);
    }
}
