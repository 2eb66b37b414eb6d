package io.github.musicbutler.devices;

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
import static org.hamcrest.Matchers.containsString;
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
class DevicesTest {

    FakeSpotify spotify;

    @BeforeEach
    void annasDevices() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices-playing.json")));
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player")).willReturn(noContent()));
    }

    @Test
    void devicesAreListedWithTheOnePlayingAndHowToMoveTheMusicWhileAlexaListens() {
        ask(AlexaRequest.intent("ListDevicesIntent"))
                .body("response.outputSpeech.ssml", is("<speak>You have 3 Spotify devices: Kitchen Speaker, "
                        + "Anna&apos;s iPhone and Wohnzimmer Fernseher. The music is playing on Anna&apos;s iPhone right now. "
                        + "To move the music, say switch to, and the name of a device.</speak>"))
                .body("response.reprompt.outputSpeech.ssml", is("<speak>Say, for example, switch to Kitchen Speaker.</speak>"))
                .body("response.shouldEndSession", is(false))
                .body("response.card.title", is("Your Spotify devices"))
                .body("response.card.content", containsString("Anna's iPhone (playing)"));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/me/player/devices")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void noDevicesSuggestsOpeningSpotify() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices-none.json")));

        ask(AlexaRequest.intent("ListDevicesIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", containsString("Spotify sieht gerade keines deiner Geräte."));
    }

    @Test
    void playOnANamedDeviceTransfersPlayback() {
        ask(AlexaRequest.intent("PlayOnDeviceIntent").slot("device", "kitchen speaker"))
                .body("response.outputSpeech.ssml", is("<speak>The music is now playing on the Kitchen Speaker.</speak>"))
                .body("response.card.title", is("Kitchen Speaker"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player")).withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("{\"device_ids\": [\"5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e\"], \"play\": true}")));
    }

    @Test
    void germanAnswerCallsATargetWhoseNameIsNoGermanNounADevice() {
        ask(AlexaRequest.intent("PlayOnDeviceIntent").locale("de-DE").slot("device", "kitchen speaker"))
                .body("response.outputSpeech.ssml", is("<speak>Die Musik läuft jetzt auf dem Gerät Kitchen Speaker.</speak>"));
    }

    @Test
    void germanAnswerNamesADeviceNamedLikeATvAsOne() {
        ask(AlexaRequest.intent("PlayOnDeviceIntent").locale("de-DE").slot("device", "wohnzimmer fernseher"))
                .body("response.outputSpeech.ssml", is("<speak>Die Musik läuft jetzt auf dem Wohnzimmer Fernseher.</speak>"));
    }

    @Test
    void deviceNamesAreMatchedLikeSpeech() {
        ask(AlexaRequest.intent("PlayOnDeviceIntent").slot("device", "annas iphone"))
                .body("response.outputSpeech.ssml", is("<speak>The music is now playing on Anna&apos;s iPhone.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player")).withRequestBody(equalToJson(
                "{\"device_ids\": [\"0d1841b0976bae2a3a310dd74c0f3df354899bc8\"], \"play\": true}")));
    }

    @Test
    void unknownDeviceNamesTheKnownOnes() {
        ask(AlexaRequest.intent("PlayOnDeviceIntent").slot("device", "car"))
                .body("response.outputSpeech.ssml", containsString("I couldn't find a device called car. Your devices are"));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo("/v1/me/player")));
    }

    @Test
    void withNoDeviceOnlineTheUserIsToldToOpenSpotifyOnOne() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(okJson("{\"devices\":[]}")));

        ask(AlexaRequest.intent("PlayOnDeviceIntent").slot("device", "car"))
                .body("response.outputSpeech.ssml", is("<speak>I couldn't find a device called car. "
                        + "Open the Spotify app on the device and try again.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo("/v1/me/player")));
    }
}
