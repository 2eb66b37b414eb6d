package io.github.musicbutler.catalog;

import static io.github.musicbutler.support.Alexa.ask;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A Lambda's init phase must not wait for Spotify: starting the function asks Spotify nothing, the app's token
 * included, and answers that need no search fetch no token. (A search gets the token: {@link AppTokenTest}.)
 * What the function asked while it started is what the fake received before the first test of that application,
 * whichever test class comes first: no application of its own is needed.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class AppTokenFetchedLazilyTest {

    FakeSpotify spotify;

    @Test
    void startingTheFunctionAsksSpotifyNothing() {
        assertEquals(0, spotify.requestsDuringStartup(), "requests to Spotify while the function started");
    }

    @Test
    void answersWithoutASearchFetchNoToken() {
        ask(AlexaRequest.launch());
        ask(AlexaRequest.intent("AMAZON.HelpIntent").unlinked());

        assertEquals(0, spotify.tokenRequests().size(), "token requests without any search");
    }
}
