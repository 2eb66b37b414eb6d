package io.github.musicbutler.player;

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
 * "Start this song over", "skip ahead thirty seconds", "go back ten seconds" and their German: the new position is
 * reckoned from where the song is ({@code GET /me/player}: {@code progress_ms}, the item's {@code duration_ms}),
 * kept within the song, and set on the playing device ({@code PUT /me/player/seek}).
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class SeekTest {

    private static final String PLAYER = "/v1/me/player";
    private static final String SEEK = "/v1/me/player/seek";
    /** The Kitchen Speaker of player.json, which is 74213 ms into a song of 369626 ms. */
    private static final String KITCHEN_SPEAKER = "5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e";

    FakeSpotify spotify;

    @BeforeEach
    void aSongIsPlayingOnTheKitchenSpeaker() {
        spotify.stubFor(get(urlPathEqualTo(PLAYER)).willReturn(json("player.json")));
        spotify.stubFor(put(urlPathEqualTo(SEEK)).willReturn(noContent()));
    }

    @Test
    void startThisSongOverSeeksToItsStartOnThePlayingDevice() {
        ask(AlexaRequest.intent("StartOverIntent"))
                .body("response.outputSpeech.ssml", is("<speak>From the top.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlPathEqualTo(SEEK)).withQueryParam("position_ms", equalTo("0"))
                .withQueryParam("device_id", equalTo(KITCHEN_SPEAKER)).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void skipAheadThirtySecondsSeeksThirtySecondsPastTheCurrentPosition() {
        ask(AlexaRequest.intent("SkipForwardIntent").slot("seconds", "30"))
                .body("response.outputSpeech.ssml", is("<speak>Forward 30 seconds.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(SEEK)).withQueryParam("position_ms", equalTo("104213")));
    }

    @Test
    void oneSecondIsSaidInTheSingular() {
        ask(AlexaRequest.intent("SkipForwardIntent").slot("seconds", "1"))
                .body("response.outputSpeech.ssml", is("<speak>Forward one second.</speak>"));
        ask(AlexaRequest.intent("SkipBackwardIntent").locale("de-DE").slot("seconds", "1"))
                .body("response.outputSpeech.ssml", is("<speak>Eine Sekunde zurück.</speak>"));
    }

    @Test
    void spulZehnSekundenZurueckSeeksTenSecondsBack() {
        ask(AlexaRequest.intent("SkipBackwardIntent").locale("de-DE").slot("seconds", "10"))
                .body("response.outputSpeech.ssml", is("<speak>10 Sekunden zurück.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(SEEK)).withQueryParam("position_ms", equalTo("64213")));
    }

    @Test
    void fangDenSongVonVorneAnIsSaidInGerman() {
        ask(AlexaRequest.intent("StartOverIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Noch mal von vorne.</speak>"));
    }

    @Test
    void goingBackFurtherThanTheStartStartsTheSongOver() {
        ask(AlexaRequest.intent("SkipBackwardIntent").slot("seconds", "100"));

        spotify.verify(putRequestedFor(urlPathEqualTo(SEEK)).withQueryParam("position_ms", equalTo("0")));
    }

    @Test
    void skippingPastTheEndOfTheSongGoesToItsEnd() {
        ask(AlexaRequest.intent("SkipForwardIntent").slot("seconds", "400"));

        spotify.verify(putRequestedFor(urlPathEqualTo(SEEK)).withQueryParam("position_ms", equalTo("369626")));
    }

    @Test
    void aNumberAlexaCouldNotMakeOutJumpsTenSeconds() {
        ask(AlexaRequest.intent("SkipForwardIntent").slot("seconds", "?"))
                .body("response.outputSpeech.ssml", is("<speak>Forward 10 seconds.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(SEEK)).withQueryParam("position_ms", equalTo("84213")));
    }

    @Test
    void withNothingPlayingItSaysSoAndSeeksNothing() {
        spotify.stubFor(get(urlPathEqualTo(PLAYER)).willReturn(noContent()));

        ask(AlexaRequest.intent("SkipForwardIntent").slot("seconds", "30"))
                .body("response.outputSpeech.ssml",
                        is("<speak>Nothing is playing right now, so there's nowhere to jump to.</speak>"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(SEEK)));
    }

    @Test
    void seekingWithoutPremiumIsExplained() {
        spotify.stubFor(put(urlPathEqualTo(SEEK)).willReturn(error(403, "error-premium-required.json")));

        ask(AlexaRequest.intent("StartOverIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Controlling playback needs Spotify Premium. I can still "
                        + "tell you about your playlists and your top artists.</speak>"));
    }

    @Test
    void anUnlinkedUserIsAskedToLink() {
        ask(AlexaRequest.intent("StartOverIntent").unlinked())
                .body("response.card.type", is("LinkAccount"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(SEEK)));
    }
}
