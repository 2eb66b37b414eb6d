package io.github.musicbutler.skill;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A deployment that still sets Alexa's budget under its names of before ({@code SPOTIFY_ALEXA_PATIENCE},
 * {@code SPOTIFY_SAFETY_MARGIN}): what {@code ./mvnw verify} built ({@code function.zip}, or the native executable)
 * gets them as such environment variables, still heeds them for one release and says so at startup.
 */
@QuarkusIntegrationTest
@WithTestResource(FakeSpotifyResource.class)
@TestProfile(OldAlexaSettingNamesIT.OldNames.class)
class OldAlexaSettingNamesIT {

    /**
     * A 2 s budget (6 s less 4 s). Without either old name the budget would be at least 4 s (8 s less 4 s, or 6 s
     * less 1.5 s).
     */
    public static class OldNames implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("spotify.alexa-patience", "6s", "spotify.safety-margin", "4s");
        }
    }

    FakeSpotify spotify;

    @Test
    void bothOldNamesAreReportedAsDeprecatedWithTheirNewNames() {
        String output = LogCapture.packagedFunctionOutput();

        assertTrue(output.contains("SPOTIFY_ALEXA_PATIENCE (spotify.alexa-patience) is deprecated and will be ignored "
                + "in the next release: set ALEXA_PATIENCE (alexa.patience) instead"), output);
        assertTrue(output.contains("SPOTIFY_SAFETY_MARGIN (spotify.safety-margin) is deprecated and will be ignored "
                + "in the next release: set ALEXA_SAFETY_MARGIN (alexa.safety-margin) instead"), output);
    }

    @Test
    void theBudgetTheyGiveIsKept() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(json("me.json").withFixedDelay(3_000)));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(noContent()));

        ask(AlexaRequest.launch())
                .body("response.outputSpeech.ssml", containsString("Spotify is taking too long"));
    }
}
