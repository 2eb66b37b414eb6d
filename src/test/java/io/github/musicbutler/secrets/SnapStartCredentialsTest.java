package io.github.musicbutler.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.github.musicbutler.support.ParameterStoreServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A SnapStart function has no AWS keys in its environment: Lambda serves the execution role's credentials on a local
 * endpoint instead, and that is where the Parameter Store read gets them.
 */
@QuarkusTest
@TestProfile(SnapStartCredentialsTest.CredentialsFromLambdasEndpoint.class)
class SnapStartCredentialsTest {

    public static class CredentialsFromLambdasEndpoint implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeSpotifyResource.class, Map.of("credentials", "client-id")),
                    new TestResourceEntry(ParameterStoreServer.class, Map.of("credentials", "container-endpoint")));
        }
    }

    FakeSpotify spotify;
    ParameterStoreServer parameterStore;

    @Test
    void parameterIsReadWithTheCredentialsFromLambdasEndpoint() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(Fixtures.read("spotify/search-anything.json"))));

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk").unlinked())
                .body("response.outputSpeech.ssml", containsString("I found One More Time"));

        assertEquals(1, parameterStore.credentialRequests().size());
        LoggedRequest read = parameterStore.reads().getLast();
        assertEquals(ParameterStoreServer.SESSION_TOKEN, read.getHeader("X-Amz-Security-Token"));
        assertTrue(read.getHeader("Authorization").startsWith(
                "AWS4-HMAC-SHA256 Credential=" + ParameterStoreServer.ACCESS_KEY_ID + "/"), read.getHeader("Authorization"));
    }
}
