package io.github.musicbutler.spotify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.SecretScan.assertNoSecretIn;
import static io.github.musicbutler.support.SecretScan.secret;
import static io.github.musicbutler.support.FakeSpotify.BEARER;
import static io.github.musicbutler.support.FakeSpotify.error;
import static io.github.musicbutler.support.FakeSpotify.json;
import static io.github.musicbutler.support.FakeSpotify.took;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.http.Fault;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.TestClock;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every way Spotify can fail is spoken to the user, in time, and never leaks the token into the log.
 * Each request has 6.5 s (8 s patience less a 1.5 s margin), on the function's {@link TestClock}.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class SpotifyFailuresTest {

    FakeSpotify spotify;

    private static final String PAUSE = "/v1/me/player/pause";

    @RegisterExtension
    LogCapture log = new LogCapture();

    @Test
    void rejectedTokenSendsALinkAccountCardAndAsksToLinkAgain() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(error(401, "error-401.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(error(401, "error-401.json")));

        ask(AlexaRequest.launch())
                .body("response.outputSpeech.ssml", containsString("link your Spotify account again"))
                .body("response.card.type", is("LinkAccount"))
                .body("response.shouldEndSession", is(true));
    }

    @Test
    void premiumRequiredIsExplained() {
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).willReturn(error(403, "error-premium-required.json")));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"))
                .body("response.outputSpeech.ssml", containsString("needs Spotify Premium"))
                .body("response.shouldEndSession", is(true));
    }

    @Test
    void otherPlayerRestrictionsAreSaidPlainly() {
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).willReturn(error(403, "error-restricted.json")));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"))
                .body("response.outputSpeech.ssml", containsString("Spotify doesn't allow that right now"));
    }

    @Test
    void noActiveDeviceSaysHowToGetOneWithoutAskingSpotifyAgain() {
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).willReturn(error(404, "error-no-active-device.json")));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"))
                .body("response.outputSpeech.ssml", containsString(
                        "I can't find an active Spotify player. Open Spotify on your phone, computer or speaker"))
                .body("response.outputSpeech.ssml", containsString("Open Spotify on your phone, computer or speaker, then try again."));

        spotify.verify(exactly(1), anyRequestedFor(anyUrl()));
    }

    @Test
    void noActiveDeviceIsExplainedInGermanToo() {
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).willReturn(error(404, "error-no-active-device.json")));

        ask(AlexaRequest.intent("AMAZON.PauseIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", containsString("Öffne Spotify auf deinem Handy"));
    }

    @Test
    void rateLimitIsWaitedOutOnceWhenRetryAfterFitsTheTimeLeft() {
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(error(429, "error-429.json").withHeader("Retry-After", "1"))
                .willSetStateTo("calm"));
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).inScenario("busy").whenScenarioStateIs("calm").willReturn(noContent()));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"))
                .body("response.outputSpeech.ssml", containsString("Paused."));

        spotify.verify(exactly(2), putRequestedFor(urlPathEqualTo(PAUSE)));
    }

    @Test
    void rateLimitLongerThanTheTimeLeftGetsAnApologyWithoutRetrying() {
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).willReturn(error(429, "error-429.json").withHeader("Retry-After", "30")));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"))
                .body("response.outputSpeech.ssml", containsString("Spotify is busy right now"));

        spotify.verify(exactly(1), putRequestedFor(urlPathEqualTo(PAUSE)));
    }

    @Test
    void serverErrorsAreApologisedFor() {
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).willReturn(error(503, "error-503.json")));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"))
                .body("response.outputSpeech.ssml", containsString("can't reach Spotify right now"));
    }

    @Test
    void brokenConnectionsAreApologisedFor() {
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"))
                .body("response.outputSpeech.ssml", containsString("can't reach Spotify right now"));
        // Vert.x reports the reset connection itself, before the function's own line about the failed call.
        assertTrue(log.lines().stream().anyMatch(line -> line.startsWith("ERROR") && line.contains("Connection reset")),
                log.all());
    }

    @Test
    void notFoundIsSaidHonestly() {
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).willReturn(error(404, "error-not-found.json")));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"))
                .body("response.outputSpeech.ssml", containsString("Spotify couldn't find that"));
    }

    @Test
    void spotifyTooSlowForTheBudgetStillGetsASpokenAnswer() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(took(Duration.ofSeconds(7), json("me.json"))));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(noContent()));

        ask(AlexaRequest.launch())
                .body("response.outputSpeech.ssml", containsString("Spotify is taking too long"));
    }

    @Test
    void noFailureLogsTheAccessToken() {
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).willReturn(error(401, "error-401.json")));
        ask(AlexaRequest.intent("AMAZON.PauseIntent"));
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).willReturn(error(404, "error-no-active-device.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(error(503, "error-503.json")));
        ask(AlexaRequest.intent("AMAZON.PauseIntent"));
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        ask(AlexaRequest.intent("AMAZON.PauseIntent"));
        spotify.stubFor(put(urlPathEqualTo(PAUSE)).willReturn(error(429, "error-429.json").withHeader("Retry-After", "30")));
        ask(AlexaRequest.intent("AMAZON.PauseIntent"));

        String all = log.all();
        assertFalse(all.isEmpty());
        // The reset connection is reported by Vert.x itself (brokenConnectionsAreApologisedFor), without the token.
        assertTrue(log.lines().stream().anyMatch(line -> line.startsWith("ERROR") && line.contains("Connection reset")), all);
        assertNoSecretIn(log.written(), List.of(secret("the user's token", AlexaRequest.ACCESS_TOKEN)));
        assertFalse(log.written().contains("Bearer"), "no Authorization header at all:\n" + log.written());
    }
}
