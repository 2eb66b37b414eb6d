package io.github.musicbutler.player;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
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

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class PlayerTest {

    FakeSpotify spotify;

    @Test
    void pausePausesTheActiveDevice() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/pause")).willReturn(noContent()));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Paused.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/pause")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void resumeStartsPlaybackWithoutAContext() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/play")).willReturn(noContent()));

        ask(AlexaRequest.intent("AMAZON.ResumeIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Es geht weiter.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/play")).withHeader("Authorization", equalTo(BEARER))
                .withQueryParam("device_id", absent()).withRequestBody(absent()));
    }

    @Test
    void nextSkipsATrack() {
        spotify.stubFor(post(urlPathEqualTo("/v1/me/player/next")).willReturn(noContent()));

        ask(AlexaRequest.intent("AMAZON.NextIntent")).body("response.outputSpeech.ssml", is("<speak>Skipped.</speak>"));

        spotify.verify(postRequestedFor(urlPathEqualTo("/v1/me/player/next")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void previousGoesBackATrack() {
        spotify.stubFor(post(urlPathEqualTo("/v1/me/player/previous")).willReturn(noContent()));

        ask(AlexaRequest.intent("AMAZON.PreviousIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Back one song.</speak>"));

        spotify.verify(postRequestedFor(urlPathEqualTo("/v1/me/player/previous")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void shuffleOnAndOffSetTheShuffleState() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/shuffle")).willReturn(noContent()));

        ask(AlexaRequest.intent("AMAZON.ShuffleOnIntent")).body("response.outputSpeech.ssml", is("<speak>Shuffle is on.</speak>"));
        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/shuffle")).withQueryParam("state", equalTo("true"))
                .withHeader("Authorization", equalTo(BEARER)));

        ask(AlexaRequest.intent("AMAZON.ShuffleOffIntent")).body("response.outputSpeech.ssml", is("<speak>Shuffle is off.</speak>"));
        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/shuffle")).withQueryParam("state", equalTo("false")));
    }

    @Test
    void whatsPlayingNamesTrackArtistsAndThePlaylistItComesFrom() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/currently-playing")).willReturn(json("currently-playing.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));

        ask(AlexaRequest.intent("WhatsPlayingIntent"))
                .body("response.outputSpeech.ssml", is("<speak>This is Get Lucky by Daft Punk, Pharrell Williams and "
                        + "Nile Rodgers. It's from your playlist Road Trip 2024.</speak>"))
                .body("response.card.type", is("Standard"))
                .body("response.card.title", is("Get Lucky"))
                .body("response.card.image.largeImageUrl",
                        is("https://i.scdn.co/image/ab67616d0000b2739b9b36b0e22870b9f542d937"))
                .body("response.card.image.smallImageUrl",
                        is("https://i.scdn.co/image/ab67616d000048519b9b36b0e22870b9f542d937"));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/me/player/currently-playing")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void whatsPlayingWithoutAPlaylistNamesTheAlbum() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/currently-playing")).willReturn(
                FakeSpotify.json("currently-playing.json").withBody(FakeSpotify.fixture("currently-playing.json")
                        .replace("\"type\": \"playlist\"", "\"type\": \"album\""))));

        ask(AlexaRequest.intent("WhatsPlayingIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", containsString(
                        "Das ist Get Lucky von Daft Punk, Pharrell Williams und Nile Rodgers. Es ist vom Album Random Access Memories."));
    }

    @Test
    void whatsPlayingWhenSpotifyIsIdleSaysSo() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/currently-playing")).willReturn(noContent()));

        ask(AlexaRequest.intent("WhatsPlayingIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Nothing is playing on Spotify right now.</speak>"));
    }
}
