package io.github.musicbutler.screens;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Answers on a device with a screen: the same speech, plus a RenderDocument whose data name what the voice says.
 * Every answer of every feature test is also held to {@code ScreenCheck} (no APL without a screen, every binding
 * resolved, the size budget).
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class ScreensTest {

    static final String RENDER = "response.directives.find { it.type == 'Alexa.Presentation.APL.RenderDocument' }";

    FakeSpotify spotify;

    @Test
    void whatsPlayingOnAScreenShowsTheTrackTheVoiceNames() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/currently-playing")).willReturn(json("currently-playing.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));

        ask(AlexaRequest.intent("WhatsPlayingIntent").onScreen())
                .body("response.outputSpeech.ssml", is("<speak>This is Get Lucky by Daft Punk, Pharrell Williams and "
                        + "Nile Rodgers. It's from your playlist Road Trip 2024.</speak>"))
                .body(RENDER + ".document.src", is("doc://alexa/apl/documents/NowPlaying"))
                .body(RENDER + ".token", is("NowPlaying"))
                .body(RENDER + ".datasources.screen.title", is("Get Lucky"))
                .body(RENDER + ".datasources.screen.byline", is("Daft Punk, Pharrell Williams and Nile Rodgers"))
                .body(RENDER + ".datasources.screen.from", is("It's from your playlist Road Trip 2024."))
                .body(RENDER + ".datasources.screen.imageUrl",
                        is("https://i.scdn.co/image/ab67616d0000b2739b9b36b0e22870b9f542d937"))
                .body(RENDER + ".datasources.screen.transport.pause", is("Pause"));
    }

    @Test
    void whatsPlayingWithoutAScreenSendsNoDocument() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/currently-playing")).willReturn(json("currently-playing.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));

        ask(AlexaRequest.intent("WhatsPlayingIntent"))
                .body("response.directives", nullValue())
                .body("response.card.title", is("Get Lucky"));
    }

    @Test
    void aScreenSpeaksTheListenersLanguage() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/currently-playing")).willReturn(json("currently-playing.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));

        ask(AlexaRequest.intent("WhatsPlayingIntent").locale("de-DE").onScreen("ROUND", 480, 480, 160))
                .body(RENDER + ".datasources.screen.header", is("Läuft gerade"))
                .body(RENDER + ".datasources.screen.transport.next", is("Weiter"));
    }
}
