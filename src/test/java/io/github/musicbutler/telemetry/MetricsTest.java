package io.github.musicbutler.telemetry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.Alexa.send;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.EmfSpecification;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One CloudWatch Embedded Metric Format record per invocation, valid by the specification and by the contract with
 * Terraform's alarms and dashboard, counting what the invocation did. The accounts service's tokens last a minute,
 * less than the two the skill keeps in reserve, so every search fetches the app's token anew.
 */
@QuarkusTest
@WithTestResource(value = FakeSpotifyResource.class, initArgs = @ResourceArg(name = "expires-in", value = "60"))
class MetricsTest {

    FakeSpotify spotify;

    @RegisterExtension
    LogCapture log = new LogCapture();

    @BeforeEach
    void freshSpotify() {
        spotify.reset();
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(json("me.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(json("player.json")));
    }

    @Test
    void eachInvocationPrintsOneRecordThatFollowsTheSpecificationAndTheContract() {
        ask(AlexaRequest.launch().unlinked());

        List<JsonNode> records = log.metrics();
        assertEquals(1, records.size(), log.written());
        EmfSpecification.assertFollowsContract(records.get(0));
        assertFalse(records.get(0).path("Function").asText().isBlank());
    }

    @Test
    void answeredLaunchCountsItsTwoSpotifyCallsAndTheirTime() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(json("me.json").withFixedDelay(150)));

        ask(AlexaRequest.launch());

        JsonNode record = onlyRecord();
        assertEquals("LaunchRequest", record.path("Intent").asText());
        assertEquals("answered", record.path("Outcome").asText());
        assertEquals(2, record.path("SpotifyCalls").asInt(), record.toString());
        assertEquals(spotify.findAll(anyRequestedFor(anyUrl())).size(), record.path("SpotifyCalls").asInt());
        // the two calls run at the same time: their summed time may exceed the invocation's
        assertTrue(record.path("SpotifyLatency").asLong() >= 150, record.toString());
        assertEquals(0, record.path("SpotifyFailures").asInt());
        assertEquals(0, record.path("LinkPrompts").asInt());
        assertEquals(0, record.path("AppTokenFetches").asInt());
    }

    @Test
    void laterInvocationIsNoColdStart() {
        ask(AlexaRequest.launch().unlinked());
        ask(AlexaRequest.launch().unlinked());

        List<JsonNode> records = log.metrics();
        assertEquals(2, records.size(), log.written());
        assertEquals(0, records.get(1).path("ColdStart").asInt(), records.toString());
    }

    @Test
    void searchThatFetchesTheAppTokenCountsTheFetch() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(json("search-anything.json")));

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk").unlinked());

        JsonNode record = onlyRecord();
        assertEquals(1, spotify.appTokenRequests().size());
        assertEquals(1, record.path("AppTokenFetches").asInt(), record.toString());
        assertEquals(1, record.path("SpotifyCalls").asInt(), record.toString());
        assertEquals("SearchIntent", record.path("Intent").asText());
    }

    @Test
    void premiumRequiredIsASpotifyFailureOfItsKind() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/pause")).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.read("spotify/error-premium-required.json"))));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"));

        JsonNode record = onlyRecord();
        assertEquals("spotify_premium_required", record.path("Outcome").asText());
        assertEquals("AMAZON.PauseIntent", record.path("Intent").asText());
        assertEquals(1, record.path("SpotifyFailures").asInt());
        assertEquals(1, record.path("SpotifyCalls").asInt());
        assertEquals(0, record.path("LinkPrompts").asInt());
    }

    @Test
    void unlinkedUserIsAskedToLink() {
        ask(AlexaRequest.intent("ListPlaylistsIntent").unlinked());

        JsonNode record = onlyRecord();
        assertEquals("link_asked", record.path("Outcome").asText());
        assertEquals(1, record.path("LinkPrompts").asInt());
        assertEquals(0, record.path("SpotifyCalls").asInt());
        assertEquals(0, record.path("SpotifyFailures").asInt());
    }

    @Test
    void tokenSpotifyRejectsAsksToLinkAgain() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/pause")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.read("spotify/error-401.json"))));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"));

        JsonNode record = onlyRecord();
        assertEquals("relink_asked", record.path("Outcome").asText());
        assertEquals(1, record.path("LinkPrompts").asInt());
        assertEquals(0, record.path("SpotifyFailures").asInt());
    }

    @Test
    void intentOutsideTheInteractionModelCountsAsOther() {
        ask(AlexaRequest.intent("MadeUpIntent"));

        assertEquals("Other", onlyRecord().path("Intent").asText());
    }

    @Test
    void eventThatIsNoAlexaRequestIsCountedAsUnreadable() {
        send("{ broken").statusCode(500);

        JsonNode record = onlyRecord();
        EmfSpecification.assertFollowsContract(record);
        assertEquals("Unreadable", record.path("Intent").asText());
        assertEquals("unreadable_request", record.path("Outcome").asText());
    }

    @Test
    void recordNamesTheInvocationsRequestId() {
        ask(AlexaRequest.launch().unlinked());

        String requestId = onlyRecord().path("requestId").asText();
        assertFalse(requestId.isBlank());
        assertTrue(log.records().stream().anyMatch(line -> line.path("mdc").path("requestId").asText().equals(requestId)),
                log.all());
    }

    private JsonNode onlyRecord() {
        List<JsonNode> records = log.metrics();
        assertEquals(1, records.size(), log.written());
        EmfSpecification.assertFollowsContract(records.get(0));
        return records.get(0);
    }
}
