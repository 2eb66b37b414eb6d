package io.github.musicbutler.player;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.BEARER;
import static io.github.musicbutler.support.FakeSpotify.error;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Set the volume to forty", "turn it up", "mute" ({@code PUT /me/player/volume} on the device {@code GET /me/player}
 * names) and "repeat this song", "repeat on", "turn repeat off" ({@code PUT /me/player/repeat}), in English and
 * German; a device that does not let Spotify set its volume is named, never apologised for as an outage.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class VolumeAndRepeatTest {

    private static final String PLAYER = "/v1/me/player";
    private static final String VOLUME = "/v1/me/player/volume";
    private static final String REPEAT = "/v1/me/player/repeat";
    /** The Kitchen Speaker of player.json, at 45 percent. */
    private static final String KITCHEN_SPEAKER = "5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e";

    FakeSpotify spotify;

    @BeforeEach
    void kitchenSpeakerPlaysAtFortyFive() {
        spotify.stubFor(get(urlPathEqualTo(PLAYER)).willReturn(json("player.json")));
        spotify.stubFor(put(urlPathEqualTo(VOLUME)).willReturn(noContent()));
        spotify.stubFor(put(urlPathEqualTo(REPEAT)).willReturn(noContent()));
    }

    @Test
    void setTheVolumeToFortySetsFortyPercentOnThePlayingDevice() {
        ask(AlexaRequest.intent("SetVolumeIntent").slot("volume", "40"))
                .body("response.outputSpeech.ssml", is("<speak>The volume is now 40 percent.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlPathEqualTo(VOLUME)).withQueryParam("volume_percent", equalTo("40"))
                .withQueryParam("device_id", equalTo(KITCHEN_SPEAKER)).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void aVolumeAboveAHundredSetsAHundredAndSaysThatIsTheMost() {
        ask(AlexaRequest.intent("SetVolumeIntent").slot("volume", "200"))
                .body("response.outputSpeech.ssml",
                        is("<speak>The volume only goes up to 100 percent. It's now at 100 percent.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(VOLUME)).withQueryParam("volume_percent", equalTo("100")));
    }

    @Test
    void aVolumeAboveAHundredIsExplainedInGerman() {
        ask(AlexaRequest.intent("SetVolumeIntent").locale("de-DE").slot("volume", "140"))
                .body("response.outputSpeech.ssml",
                        is("<speak>Die Lautstärke geht nur bis 100 Prozent. Sie ist jetzt bei 100 Prozent.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(VOLUME)).withQueryParam("volume_percent", equalTo("100")));
    }

    @Test
    void withoutANumberAlexaAsksForOne() {
        ask(AlexaRequest.intent("SetVolumeIntent").slot("volume", "?"))
                .body("response.outputSpeech.ssml", is("<speak>To what volume? Say a number from 0 to 100.</speak>"))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].slotToElicit", is("volume"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(VOLUME)));
    }

    @Test
    void turnItUpAddsTenPercent() {
        ask(AlexaRequest.intent("VolumeUpIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Louder: 55 percent.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(VOLUME)).withQueryParam("volume_percent", equalTo("55")));
    }

    @Test
    void leiserTakesTenPercentAway() {
        ask(AlexaRequest.intent("VolumeDownIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Leiser: 35 Prozent.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(VOLUME)).withQueryParam("volume_percent", equalTo("35")));
    }

    @Test
    void turnItUpAtAHundredChangesNothing() {
        spotify.stubFor(get(urlPathEqualTo(PLAYER)).willReturn(json("player.json").withBody(
                FakeSpotify.fixture("player.json").replace("\"volume_percent\": 45", "\"volume_percent\": 100"))));

        ask(AlexaRequest.intent("VolumeUpIntent"))
                .body("response.outputSpeech.ssml", is("<speak>That's as loud as it goes: 100 percent.</speak>"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(VOLUME)));
    }

    @Test
    void muteSetsTheVolumeToZero() {
        ask(AlexaRequest.intent("MuteIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Muted.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(VOLUME)).withQueryParam("volume_percent", equalTo("0")));
    }

    @Test
    void aDeviceThatSaysItHasNoVolumeControlIsNamedWithoutAskingSpotifyToChangeIt() {
        spotify.stubFor(get(urlPathEqualTo(PLAYER)).willReturn(json("player-tv.json")));

        ask(AlexaRequest.intent("VolumeUpIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Spotify can't change the volume on the Living Room TV: "
                        + "that device doesn't allow it. Please use its own volume buttons or remote.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(VOLUME)));
    }

    @Test
    void volumeControlDisallowedBySpotifyIsNamedInGerman() {
        spotify.stubFor(get(urlPathEqualTo(PLAYER)).willReturn(json("player.json").withBody(FakeSpotify
                .fixture("player.json").replace("Kitchen Speaker", "Fernseher"))));
        spotify.stubFor(put(urlPathEqualTo(VOLUME)).willReturn(error(403, "error-volume-control-disallowed.json")));

        ask(AlexaRequest.intent("SetVolumeIntent").locale("de-DE").slot("volume", "40"))
                .body("response.outputSpeech.ssml", is("<speak>Spotify kann die Lautstärke auf dem Fernseher nicht "
                        + "ändern, das Gerät erlaubt es nicht. Stell sie bitte direkt am Gerät oder mit seiner "
                        + "Fernbedienung ein.</speak>"));
    }

    @Test
    void volumeWithoutPremiumIsExplained() {
        spotify.stubFor(put(urlPathEqualTo(VOLUME)).willReturn(error(403, "error-premium-required.json")));

        ask(AlexaRequest.intent("MuteIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Controlling playback needs Spotify Premium. I can still "
                        + "tell you about your playlists and your top artists.</speak>"));
    }

    @Test
    void volumeWithNothingActiveSaysToOpenSpotify() {
        spotify.stubFor(get(urlPathEqualTo(PLAYER)).willReturn(noContent()));

        ask(AlexaRequest.intent("VolumeUpIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Ich finde keinen aktiven Spotify-Player. Öffne Spotify "
                        + "auf deinem Handy, Computer oder Lautsprecher und versuch es dann noch einmal.</speak>"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(VOLUME)));
    }

    @Test
    void aRateLimitThatOutlastsAlexasPatienceIsABusySpotify() {
        spotify.stubFor(put(urlPathEqualTo(VOLUME)).willReturn(error(429, "error-429.json").withHeader("Retry-After", "30")));

        ask(AlexaRequest.intent("SetVolumeIntent").slot("volume", "40"))
                .body("response.outputSpeech.ssml", is("<speak>Spotify is busy right now. Please try again in a minute.</speak>"));
    }

    @Test
    void repeatThisSongRepeatsTheTrack() {
        ask(AlexaRequest.intent("RepeatTrackIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Repeating this song.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlPathEqualTo(REPEAT)).withQueryParam("state", equalTo("track"))
                .withQueryParam("device_id", absent()).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void repeatOnRepeatsWhatItPlaysFrom() {
        ask(AlexaRequest.intent("AMAZON.LoopOnIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Repeat is on.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(REPEAT)).withQueryParam("state", equalTo("context")));
    }

    @Test
    void wiederholungAusTurnsRepeatOff() {
        ask(AlexaRequest.intent("AMAZON.LoopOffIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Wiederholung ist aus.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(REPEAT)).withQueryParam("state", equalTo("off")));
    }

    @Test
    void wiederholeDiesenSongIsSaidInGerman() {
        ask(AlexaRequest.intent("RepeatTrackIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Ich wiederhole diesen Song.</speak>"));
    }

    @Test
    void repeatWithoutPremiumIsExplained() {
        spotify.stubFor(put(urlPathEqualTo(REPEAT)).willReturn(error(403, "error-premium-required.json")));

        ask(AlexaRequest.intent("AMAZON.LoopOnIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Controlling playback needs Spotify Premium. I can still "
                        + "tell you about your playlists and your top artists.</speak>"));
    }

    @Test
    void repeatWithNoActiveDeviceSaysToOpenSpotify() {
        spotify.stubFor(put(urlPathEqualTo(REPEAT)).willReturn(error(404, "error-no-active-device.json")));

        ask(AlexaRequest.intent("RepeatTrackIntent"))
                .body("response.outputSpeech.ssml", is("<speak>I can't find an active Spotify player. Open Spotify on "
                        + "your phone, computer or speaker, then try again.</speak>"));
    }
}
