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
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Play the first one" after a search: the results come back in the session as the search left them, and each
 * kind of result starts the way Spotify expects it.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class PlaySearchResultTest {

    /** What "search for queen" leaves in the session: a song, the artist and an album, in that order. */
    static final String AFTER_SEARCH = """
            {"dialogue": {"waitingFor": "choice", "source": "SEARCH", "options": [
              {"kind": "TRACK", "name": "Bohemian Rhapsody", "uri": "spotify:track:4u7EnebtmKWzUH433cf5Qv", "by": "Queen"},
              {"kind": "ARTIST", "name": "Queen", "uri": "spotify:artist:1dfeR4HaWDbWqFHLkxsg1d"},
              {"kind": "ALBUM", "name": "A Night At The Opera", "uri": "spotify:album:1GbtB4zTqAsyfZEsm1RZfx", "by": "Queen"}
            ]}}""";

    FakeSpotify spotify;

    @BeforeEach
    void playerAccepts() {
        spotify.stubFor(put(urlEqualTo("/v1/me/player/play")).willReturn(aResponse().withStatus(204)));
    }

    @Test
    void firstOneStartsTheSongByItsUriWithTheUsersToken() {
        ask(select("1"))
                .body("response.outputSpeech.ssml", is("<speak>Playing Bohemian Rhapsody by Queen.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlEqualTo("/v1/me/player/play"))
                .withHeader("Authorization", equalTo("Bearer " + AlexaRequest.ACCESS_TOKEN))
                .withRequestBody(equalToJson("""
                        {"uris": ["spotify:track:4u7EnebtmKWzUH433cf5Qv"]}""")));
    }

    @Test
    void secondOneStartsTheArtistAsAContext() {
        ask(select("2"))
                .body("response.outputSpeech.ssml", is("<speak>Playing the artist Queen.</speak>"));

        spotify.verify(putRequestedFor(urlEqualTo("/v1/me/player/play"))
                .withRequestBody(equalToJson("""
                        {"context_uri": "spotify:artist:1dfeR4HaWDbWqFHLkxsg1d"}""")));
    }

    @ParameterizedTest(name = "\"{1}\" in {0}")
    @CsvSource({ "en-US, 3rd", "en-US, last", "en-GB, third", "de-DE, 3.", "de-DE, letzten" })
    void theLastOneStartsTheAlbumAsAContextInEveryLocale(String locale, String position) {
        ask(select(position).locale(locale));

        spotify.verify(putRequestedFor(urlEqualTo("/v1/me/player/play"))
                .withRequestBody(equalToJson("""
                        {"context_uri": "spotify:album:1GbtB4zTqAsyfZEsm1RZfx"}""")));
    }

    @Test
    void theLastOneHeardAsAPlaylistNameStillPicksTheLastResult() {
        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "the last one").sessionAttributes(AFTER_SEARCH))
                .body("response.outputSpeech.ssml", containsString("Playing the album A Night At The Opera by Queen."));

        spotify.verify(putRequestedFor(urlEqualTo("/v1/me/player/play"))
                .withRequestBody(equalToJson("""
                        {"context_uri": "spotify:album:1GbtB4zTqAsyfZEsm1RZfx"}""")));
    }

    @Test
    void anArtistSpotifyCannotOpenIsNamedInTheApology() {
        spotify.stubFor(put(urlEqualTo("/v1/me/player/play")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"status\":404,\"message\":\"Not found.\"}}")));

        ask(select("2"))
                .body("response.outputSpeech.ssml", is("<speak>Spotify couldn't open the artist Queen.</speak>"))
                .body("response.outputSpeech.ssml", not(containsString("playlist")));
    }

    @Test
    void aPositionBeyondTheResultsIsAskedAgain() {
        ask(select("5"))
                .body("response.outputSpeech.ssml", containsString("I found 3 results"))
                .body("response.shouldEndSession", is(false))
                .body("sessionAttributes.dialogue.options.size()", is(3));

        spotify.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void askedAgainAboutTwoResultsOffersNoThirdOne() {
        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "7").sessionAttributes("""
                {"dialogue": {"waitingFor": "choice", "source": "SEARCH", "options": [
                  {"kind": "TRACK", "name": "Bohemian Rhapsody", "uri": "spotify:track:4u7EnebtmKWzUH433cf5Qv", "by": "Queen"},
                  {"kind": "ARTIST", "name": "Queen", "uri": "spotify:artist:1dfeR4HaWDbWqFHLkxsg1d"}]}}"""))
                .body("response.outputSpeech.ssml", is("<speak>I found 2 results. Say play the first one, or play the last one.</speak>"));
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
                .body("response.outputSpeech.ssml", not(containsString("Playing")))
                .body("sessionAttributes.dialogue", nullValue());

        spotify.verify(0, anyRequestedFor(anyUrl()));
    }

    private static AlexaRequest select(String position) {
        return AlexaRequest.intent("SelectOptionIntent").slot("position", position).sessionAttributes(AFTER_SEARCH);
    }
}
