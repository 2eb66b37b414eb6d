package io.github.musicbutler.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A Lambda's init phase must not wait for Spotify: the app's token is fetched by the first search, not at startup.
 * Its own profile gives this test a freshly started application.
 */
@QuarkusTest
@TestProfile(AppTokenFetchedLazilyTest.FreshStart.class)
@WithTestResource(FakeSpotifyResource.class)
class AppTokenFetchedLazilyTest {

    public static class FreshStart implements QuarkusTestProfile {
    }

    FakeSpotify spotify;

    @Test
    void appTokenIsFetchedByTheFirstSearchNotAtStartup() {
        ask(AlexaRequest.launch());
        ask(AlexaRequest.intent("AMAZON.HelpIntent").unlinked());
        assertEquals(0, spotify.tokenRequests().size(), "token requests before any search");

        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(Fixtures.read("spotify/search-anything.json"))));
        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk").unlinked());

        assertEquals(1, spotify.tokenRequests().size(), "token requests after the first search");
    }
}
