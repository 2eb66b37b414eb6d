package io.github.musicbutler.skill;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.json;
import static io.github.musicbutler.support.SecretScan.assertNoSecretIn;
import static io.github.musicbutler.support.SecretScan.secret;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One request log line per invocation, written when it ends, however it ends: a message for people and the fields an
 * operator queries (docs/operating.md), which every other line of the invocation carries too.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class RequestLogTest {

    private static final String SESSION_ID = "amzn1.echo-api.session.0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b";
    private static final String OTHER_SESSION_ID = "amzn1.echo-api.session.9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

    FakeSpotify spotify;

    @RegisterExtension
    LogCapture log = new LogCapture();

    @BeforeEach
    void spotifyIsIdle() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(json("me.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(noContent()));
    }

    @Test
    void eachRequestLogsTypeIntentLocaleLinkSessionOutcomeAndLatency() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent").locale("de-DE"));

        assertTrue(requestLine().path("message").asText().matches(
                "IntentRequest AMAZON\\.HelpIntent de-DE, account-level token, keeps session: answered in \\d+ ms"),
                log.all());
    }

    @Test
    void requestLineCarriesItsFieldsForQueries() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent").locale("de-DE"));

        JsonNode fields = requestLine().path("mdc");
        assertEquals("INFO", requestLine().path("level").asText());
        assertEquals("IntentRequest", fields.path("requestType").asText(), fields.toString());
        assertEquals("AMAZON.HelpIntent", fields.path("intent").asText(), fields.toString());
        assertEquals("de-DE", fields.path("locale").asText(), fields.toString());
        assertEquals("answered", fields.path("outcome").asText(), fields.toString());
        assertTrue(fields.path("durationMs").asText().matches("\\d+"), fields.toString());
        assertTrue(Set.of("true", "false").contains(fields.path("coldStart").asText()), fields.toString());
        assertFalse(fields.path("requestId").asText().isBlank(), fields.toString());
    }

    @Test
    void launchRequestIsLoggedWithoutIntent() {
        ask(AlexaRequest.launch());

        assertTrue(requestLine().path("message").asText().startsWith("LaunchRequest en-US, account-level token, keeps session: answered in"),
                log.all());
        assertTrue(requestLine().path("mdc").path("intent").isMissingNode(), log.all());
    }

    @Test
    void requestThatEndsInASpotifyFailureIsLoggedWithItsOutcome() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/pause")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.read("spotify/error-premium-required.json"))));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"));

        assertEquals("spotify_premium_required", requestLine().path("mdc").path("outcome").asText(), log.all());
    }

    @Test
    void everyLineOfAnInvocationCarriesItsLambdaRequestId() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/pause")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.read("spotify/error-premium-required.json"))));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"));
        ask(AlexaRequest.intent("AMAZON.PauseIntent"));

        List<JsonNode> invocationLines = log.records().stream()
                .filter(record -> record.path("mdc").has("requestType")).toList();
        assertTrue(invocationLines.stream().anyMatch(line -> line.path("level").asText().equals("WARN")), log.all());
        Set<String> requestIds = invocationLines.stream().map(line -> line.path("mdc").path("requestId").asText())
                .collect(Collectors.toSet());
        assertEquals(2, requestIds.size(), log.all());
        assertEquals(4, invocationLines.size(), "a warning and a request line each: " + log.all());
    }

    @Test
    void requestsOfOneSessionShareAConversationLabel() {
        ask(AlexaRequest.launch().sessionId(SESSION_ID));
        ask(AlexaRequest.intent("AMAZON.HelpIntent").sessionId(SESSION_ID).newSession(false));
        ask(AlexaRequest.launch().sessionId(OTHER_SESSION_ID));

        List<String> conversations = log.records().stream().filter(RequestLogTest::isRequestLine)
                .map(record -> record.path("mdc").path("conversation").asText()).toList();
        assertEquals(3, conversations.size(), log.all());
        assertFalse(conversations.get(0).isBlank(), log.all());
        assertEquals(conversations.get(0), conversations.get(1));
        assertNotEquals(conversations.get(0), conversations.get(2));
    }

    @Test
    void noTokenOrIdReachesTheLog() {
        ask(AlexaRequest.launch());
        ask(AlexaRequest.intent("AMAZON.HelpIntent").slot("playlist", "secret playlist"));
        ask(AlexaRequest.launch().spokenBy(AlexaRequest.PERSON_ID, AlexaRequest.PERSON_ACCESS_TOKEN, 300));
        ask(AlexaRequest.sessionEnded());

        String written = log.written();
        assertFalse(log.records().isEmpty());
        assertNoSecretIn(written, List.of(secret("the user's token", AlexaRequest.ACCESS_TOKEN),
                secret("the recognised speaker's token", AlexaRequest.PERSON_ACCESS_TOKEN),
                secret("the user id", AlexaRequest.USER_ID),
                secret("the person id", AlexaRequest.PERSON_ID),
                secret("Alexa's API token", AlexaRequest.ALEXA_API_ACCESS_TOKEN),
                secret("the device id", AlexaRequest.DEVICE_ID),
                secret("the session id", SESSION_ID),
                secret("a slot value", "secret playlist")));
    }

    /** The last request log line. */
    private JsonNode requestLine() {
        List<JsonNode> requestLines = log.records().stream().filter(RequestLogTest::isRequestLine).toList();
        assertFalse(requestLines.isEmpty(), log.all());
        return requestLines.get(requestLines.size() - 1);
    }

    private static boolean isRequestLine(JsonNode record) {
        return record.path("mdc").has("outcome");
    }
}
