package io.github.musicbutler.skill;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.SecretScan.assertNoSecretIn;
import static io.github.musicbutler.support.SecretScan.secret;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class RequestLogTest {

    FakeSpotify spotify;

    private static final Pattern REQUEST_LINE = Pattern.compile(
            "IntentRequest AMAZON\\.HelpIntent de-DE, account-level token, keeps session in \\d+ ms");

    @RegisterExtension
    LogCapture log = new LogCapture();

    @BeforeEach
    void spotifyIsIdle() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(json("me.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(noContent()));
    }

    @Test
    void eachRequestLogsTypeIntentLocaleOutcomeAndLatency() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent").locale("de-DE"));

        assertTrue(log.lines().stream().anyMatch(line -> REQUEST_LINE.matcher(line).find()), log.all());
    }

    @Test
    void launchRequestIsLoggedWithoutIntent() {
        ask(AlexaRequest.launch());

        assertTrue(log.lines().stream().anyMatch(line -> line.contains("LaunchRequest en-US, account-level token, keeps session in")), log.all());
    }

    @Test
    void noTokenOrUserIdReachesTheLog() {
        ask(AlexaRequest.launch());
        ask(AlexaRequest.intent("AMAZON.HelpIntent").slot("playlist", "secret playlist"));
        ask(AlexaRequest.sessionEnded());

        String all = log.all();
        assertFalse(all.isEmpty());
        assertNoSecretIn(all, List.of(secret("the user's token", AlexaRequest.ACCESS_TOKEN),
                secret("the user id", AlexaRequest.USER_ID),
                secret("Alexa's API token", AlexaRequest.ALEXA_API_ACCESS_TOKEN),
                secret("the device id", AlexaRequest.DEVICE_ID),
                secret("a slot value", "secret playlist")));
    }
}
