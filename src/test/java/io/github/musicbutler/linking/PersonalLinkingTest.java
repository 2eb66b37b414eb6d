package io.github.musicbutler.linking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.SecretScan.assertNoSecretIn;
import static io.github.musicbutler.support.SecretScan.secret;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A household on one Echo: the Amazon account (Anna) linked her Spotify, and Sam, a recognised speaker with
 * "Personalize skills" on, linked his own. Each hears their own Spotify.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class PersonalLinkingTest {

    FakeSpotify spotify;

    static final String SAM = "amzn1.ask.person.AFKS2SAMSECRETPERSONIDFORTESTS4YQW7ZB3M";
    static final String SAMS_TOKEN = "BQDsams-own-personal-access-token-9876543210";
    static final String LEO = "amzn1.ask.person.AGLEOSECRETPERSONIDWITHOUTALINKQ2P9X";

    @RegisterExtension
    LogCapture log = new LogCapture();

    @BeforeEach
    void twoSpotifyAccounts() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).withHeader("Authorization", equalTo("Bearer " + AlexaRequest.ACCESS_TOKEN))
                .willReturn(okJson(Fixtures.read("spotify/my-playlists.json"))));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).withHeader("Authorization", equalTo("Bearer " + SAMS_TOKEN))
                .willReturn(okJson(Fixtures.read("spotify/my-playlists-sam.json"))));
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).withHeader("Authorization", equalTo("Bearer " + AlexaRequest.ACCESS_TOKEN))
                .willReturn(okJson(Fixtures.read("spotify/me.json"))));
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).withHeader("Authorization", equalTo("Bearer " + SAMS_TOKEN))
                .willReturn(okJson(Fixtures.read("spotify/me-sam.json"))));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(noContent()));
    }

    @Test
    void twoPeopleOnOneAccountEachHearTheirOwnPlaylists() {
        ask(AlexaRequest.intent("ListPlaylistsIntent"))
                .body("response.outputSpeech.ssml", containsString("You have 12 playlists: Running Mix"));
        ask(AlexaRequest.intent("ListPlaylistsIntent").spokenBy(SAM, SAMS_TOKEN, 300))
                .body("response.outputSpeech.ssml", containsString("You have 2 playlists: Skate Punk and Study Beats."));
    }

    @Test
    void aRecognisedSpeakerIsGreetedByTheirOwnSpotifyName() {
        ask(AlexaRequest.launch().spokenBy(SAM, SAMS_TOKEN, 400))
                .body("response.outputSpeech.ssml", containsString("Welcome to Music Butler, Sam Schmidt!"));
        ask(AlexaRequest.launch().locale("de-DE").spokenBy(SAM, SAMS_TOKEN, 400))
                .body("response.outputSpeech.ssml", containsString("Willkommen beim Musik Butler, Sam Schmidt!"));
    }

    @Test
    void aRecognisedSpeakerWithoutAPersonalLinkHearsTheHouseholdsSpotify() {
        ask(AlexaRequest.launch().spokenBy(LEO, null, 300))
                .body("response.outputSpeech.ssml", containsString("Welcome to Music Butler, Anna Schmidt!"));
    }

    @Test
    void aRecognisedSpeakerInAHouseholdThatNeverLinkedGetsTheLinkAccountCard() {
        ask(AlexaRequest.intent("ListPlaylistsIntent").unlinked().spokenBy(LEO, null, 300))
                .body("response.card.type", is("LinkAccount"))
                .body("response.outputSpeech.ssml", containsString("please link your account first"));

        spotify.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aRejectedPersonalLinkAsksThatPersonToLinkAgainNotTheHousehold() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).withHeader("Authorization", equalTo("Bearer " + SAMS_TOKEN))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody(Fixtures.read("spotify/error-401.json"))));

        ask(AlexaRequest.intent("ListPlaylistsIntent").spokenBy(SAM, SAMS_TOKEN, 300))
                .body("response.card.type", is("LinkAccount"))
                .body("response.outputSpeech.ssml", containsString("Your personal Spotify link has expired."))
                .body("response.shouldEndSession", is(true));
        ask(AlexaRequest.intent("ListPlaylistsIntent").locale("de-DE").spokenBy(SAM, SAMS_TOKEN, 300))
                .body("response.outputSpeech.ssml", containsString("Deine persönliche Verknüpfung mit Spotify ist abgelaufen."));
        ask(AlexaRequest.intent("ListPlaylistsIntent"))
                .body("response.outputSpeech.ssml", containsString("You have 12 playlists: Running Mix"));
    }

    @Test
    void aRejectedHouseholdLinkStillAsksTheHousehold() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.read("spotify/error-401.json"))));

        ask(AlexaRequest.intent("ListPlaylistsIntent").spokenBy(LEO, null, 300))
                .body("response.outputSpeech.ssml", containsString("Your Spotify link has expired."))
                .body("response.outputSpeech.ssml", not(containsString("personal")));
    }

    @Test
    void theRequestLogSaysWhichLinkServedButNeverWhoSpoke() {
        ask(AlexaRequest.intent("ListPlaylistsIntent").spokenBy(SAM, SAMS_TOKEN, 300));
        ask(AlexaRequest.intent("ListPlaylistsIntent").spokenBy(LEO, null, 300));

        String all = log.all();
        assertTrue(all.contains("IntentRequest ListPlaylistsIntent en-US, person-level token"), all);
        assertTrue(all.contains("IntentRequest ListPlaylistsIntent en-US, account-level token"), all);
        assertNoSecretIn(log.written(), List.of(secret("Sam's person id", SAM), secret("Leo's person id", LEO),
                secret("Sam's own token", SAMS_TOKEN), secret("the household's token", AlexaRequest.ACCESS_TOKEN),
                secret("the user id", AlexaRequest.USER_ID)));
    }
}
