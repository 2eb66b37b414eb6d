package io.github.musicbutler.library;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.BEARER;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class LibraryTest {

    FakeSpotify spotify;

    @BeforeEach
    void resetSpotify() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/library")).willReturn(ok()));
    }

    @Test
    void saveThisSongAddsTheCurrentTrackToTheLibrary() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/currently-playing")).willReturn(json("currently-playing.json")));

        ask(AlexaRequest.intent("SaveCurrentTrackIntent"))
                .body("response.outputSpeech.ssml", is("<speak>I've saved Get Lucky by Daft Punk, Pharrell Williams and Nile Rodgers to your library.</speak>"))
                .body("response.card.title", is("Get Lucky"))
                .body("response.card.image.largeImageUrl", is("https://i.scdn.co/image/ab67616d0000b2739b9b36b0e22870b9f542d937"));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/library"))
                .withQueryParam("uris", equalTo("spotify:track:69kOkLUCkxIZYexIgSG8rq"))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void nothingPlayingSavesNothing() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/currently-playing")).willReturn(noContent()));

        ask(AlexaRequest.intent("SaveCurrentTrackIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Gerade läuft nichts, also kann ich auch nichts speichern.</speak>"));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo("/v1/me/library")));
    }
}
