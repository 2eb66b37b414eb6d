package io.github.musicbutler.toplists;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.BEARER;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class ToplistsTest {

    FakeSpotify spotify;

    @BeforeEach
    void annasFavourites() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/top/artists")).willReturn(json("top-artists.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/top/tracks")).willReturn(json("top-tracks.json")));
    }

    @Test
    void topArtistsThisMonthAskSpotifyForTheShortTerm() {
        ask(AlexaRequest.intent("TopArtistsIntent").resolvedSlot("timeRange", "lately", "this month", "short_term"))
                .body("response.outputSpeech.ssml", is("<speak>Your top artists this month are Daft Punk, Sia, "
                        + "Die Ärzte, David Guetta and Rick Astley. Shall I play one of them?</speak>"))
                .body("response.card.title", is("Your top artists this month"))
                .body("response.card.image.largeImageUrl", is("https://i.scdn.co/image/ab6761610000e5eb4tzwfgrhoc3mvqyleysvvi"));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/me/top/artists")).withQueryParam("time_range", equalTo("short_term"))
                .withQueryParam("limit", equalTo("5")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void topArtistsWithoutATimeRangeUseSpotifysDefault() {
        ask(AlexaRequest.intent("TopArtistsIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Deine Top-Künstler der letzten sechs Monate sind "
                        + "Daft Punk, Sia, Die Ärzte, David Guetta und Rick Astley. Soll ich einen davon spielen?</speak>"));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/me/top/artists")).withQueryParam("time_range", equalTo("medium_term")));
    }

    @Test
    void topTracksOfAllTimeNameSongsAndArtists() {
        ask(AlexaRequest.intent("TopTracksIntent").resolvedSlot("timeRange", "ever", "of all time", "long_term"))
                .body("response.outputSpeech.ssml", is("<speak>Your top songs of all time are Titanium by David Guetta "
                        + "and Sia, Get Lucky by Daft Punk, Pharrell Williams and Nile Rodgers and Never Gonna Give You Up "
                        + "by Rick Astley. Shall I play one of them?</speak>"))
                .body("response.card.title", is("Your top songs of all time"));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/me/top/tracks")).withQueryParam("time_range", equalTo("long_term"))
                .withQueryParam("limit", equalTo("5")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void theTopListStaysOpenForTheListenerToPickOne() {
        ask(AlexaRequest.intent("TopTracksIntent").locale("es-ES"))
                .body("response.outputSpeech.ssml", endsWith("¿Pongo alguna?</speak>"))
                .body("response.reprompt.outputSpeech.ssml", is("<speak>¿Cuál pongo? Di: el primero, o el último.</speak>"))
                .body("response.shouldEndSession", is(false))
                .body("sessionAttributes.dialogue.waitingFor", is("search-choice"))
                .body("sessionAttributes.dialogue.then", is("PLAY"))
                .body("sessionAttributes.dialogue.options.uri", contains("spotify:track:0lnxrQAd9ZxbhBBe7d8FO8",
                        "spotify:track:69kOkLUCkxIZYexIgSG8rq", "spotify:track:4uLU6hMCjMI75M1A2tKUQC"));
    }

    @Test
    void theSecondOfTheTopSongsPlaysThatSong() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/play")).willReturn(noContent()));
        Map<String, Object> offered = ask(AlexaRequest.intent("TopTracksIntent")).extract().path("sessionAttributes");

        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "2nd").sessionAttributes(offered))
                .body("response.outputSpeech.ssml", containsString("Get Lucky"));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/play")).withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("{\"uris\": [\"spotify:track:69kOkLUCkxIZYexIgSG8rq\"]}", true, true)));
    }

    @Test
    void aTopArtistNamedIsPlayedAsTheArtist() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/play")).willReturn(noContent()));
        Map<String, Object> offered = ask(AlexaRequest.intent("TopArtistsIntent")).extract().path("sessionAttributes");

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "sia").sessionAttributes(offered))
                .body("response.outputSpeech.ssml", containsString("Sia"));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/play"))
                .withRequestBody(equalToJson("{\"context_uri\": \"spotify:artist:5WUlDfRSoLAfcVSX1WnrxN\"}", true, true)));
    }

    @Test
    void playItToTheTopListAsksWhichOne() {
        Map<String, Object> offered = ask(AlexaRequest.intent("TopArtistsIntent")).extract().path("sessionAttributes");

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "it").sessionAttributes(offered))
                .body("response.outputSpeech.ssml", is("<speak>Which one should I play? Say the first one, or the "
                        + "last one.</speak>"))
                .body("response.shouldEndSession", is(false))
                .body("sessionAttributes.dialogue.waitingFor", is("search-choice"));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo("/v1/me/player/play")));
    }

    @Test
    void noToTheTopListAsksWhatToPlayInstead() {
        Map<String, Object> offered = ask(AlexaRequest.intent("TopArtistsIntent")).extract().path("sessionAttributes");

        ask(AlexaRequest.intent("AMAZON.NoIntent").sessionAttributes(offered))
                .body("response.outputSpeech.ssml", is("<speak>All right. What would you like to hear instead?</speak>"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo("/v1/me/player/play")));
    }

    @Test
    void aNewListenerWithoutHistoryIsToldToListenMoreWithoutACard() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/top/tracks")).willReturn(okJson("""
                {"href":"https://api.spotify.com/v1/me/top/tracks?limit=5&offset=0&time_range=short_term","limit":5,
                 "next":null,"offset":0,"previous":null,"total":0,"items":[]}""")));

        ask(AlexaRequest.intent("TopTracksIntent").resolvedSlot("timeRange", "lately", "this month", "short_term"))
                .body("response.outputSpeech.ssml", is("<speak>Spotify doesn't know your favorites yet. "
                        + "Listen a little more, then ask me again.</speak>"))
                .body("response.card", nullValue())
                .body("response.shouldEndSession", is(true));
    }
}
