package io.github.musicbutler.conversation;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.BEARER;
import static io.github.musicbutler.support.FakeSpotify.json;
import static io.github.musicbutler.support.FakeSpotify.took;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class LaunchRequestTest {

    FakeSpotify spotify;

    @BeforeEach
    void spotifyKnowsAnna() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(json("me.json")));
    }

    @Test
    void unlinkedUserIsWelcomedAndToldHowToLinkSpotify() {
        ask(AlexaRequest.launch().unlinked())
                .body("version", is("1.0"))
                .body("response.outputSpeech.type", is("SSML"))
                .body("response.outputSpeech.ssml", containsString("Welcome to Music Butler"))
                .body("response.outputSpeech.ssml", containsString("link your Spotify account"))
                .body("response.card.type", is("LinkAccount"))
                .body("response.shouldEndSession", is(true));
    }

    @Test
    void unlinkedUserHearsThatSearchWorksBeforeLinking() {
        ask(AlexaRequest.launch().unlinked())
                .body("response.outputSpeech.ssml", containsString("ask Music Butler to search for Daft Punk"));
    }

    @Test
    void linkedUserIsGreetedByNameAndToldWhatIsPlaying() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(json("player.json")));

        ask(AlexaRequest.launch())
                .body("response.outputSpeech.ssml", containsString("Welcome to Music Butler, Anna Schmidt!"))
                .body("response.outputSpeech.ssml", containsString(
                        "listening to Get Lucky by Daft Punk, Pharrell Williams and Nile Rodgers on the Kitchen Speaker."))
                .body("response.reprompt.outputSpeech.ssml", containsString("what are my playlists"))
                .body("response.card", nullValue())
                .body("response.shouldEndSession", is(false));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/me")).withHeader("Authorization", equalTo(BEARER)));
        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/me/player"))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void germanGreetingNamesTheDeviceAsADevice() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(json("player.json")));

        ask(AlexaRequest.launch().locale("de-DE"))
                .body("response.outputSpeech.ssml", containsString(
                        "Gerade läuft Get Lucky von Daft Punk, Pharrell Williams und Nile Rodgers auf dem Gerät Kitchen Speaker."));
    }

    @Test
    void pausedMusicIsNamedAsPaused() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(okJson(
                FakeSpotify.fixture("player.json").replace("\"is_playing\": true", "\"is_playing\": false"))));

        ask(AlexaRequest.launch())
                .body("response.outputSpeech.ssml", is("<speak>Welcome to Music Butler, Anna Schmidt! Get Lucky by Daft "
                        + "Punk, Pharrell Williams and Nile Rodgers is paused. You can ask for your playlists, what's "
                        + "playing, or your top artists. What would you like?</speak>"))
                .body("response.shouldEndSession", is(false));
    }

    @Test
    void linkedUserIsGreetedWithoutPlaybackNewsWhenSpotifyIsIdle() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(noContent()));

        ask(AlexaRequest.launch().locale("de-DE"))
                .body("response.outputSpeech.ssml", containsString("Willkommen beim Musik Butler, Anna Schmidt!"))
                .body("response.outputSpeech.ssml", not(containsString("Gerade läuft")))
                .body("response.shouldEndSession", is(false));
    }

    @Test
    void profileAndPlayerAreReadAtTheSameTime() {
        // Each answer takes 60 % of the request's time (6.5 s): one after the other they would run out of time. The
        // answers also wait a moment for real, so that on a busy machine both requests are out before the first
        // answer moves the test's clock, as they are on an idle one.
        spotify.stubFor(get(urlPathEqualTo("/v1/me"))
                .willReturn(took(Duration.ofMillis(3_900), json("me.json").withFixedDelay(300))));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player"))
                .willReturn(took(Duration.ofMillis(3_900), json("player.json").withFixedDelay(300))));

        ask(AlexaRequest.launch())
                .body("response.outputSpeech.ssml", containsString("Welcome to Music Butler, Anna Schmidt!"))
                .body("response.outputSpeech.ssml", containsString("on the Kitchen Speaker"));
    }

    @Test
    void emptyAccessTokenCountsAsUnlinked() {
        ask(AlexaRequest.launch().linkedWith(""))
                .body("response.card.type", is("LinkAccount"));
    }
}
