package io.github.musicbutler.playlists;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.lessThan;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.took;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.TestClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Play …" for a person with a thousand playlists and more: the playlist is found among all of them within the
 * time Alexa waits, and when Spotify is too slow for the
 * whole library, the answer says how much of it was searched. Spotify takes {@value #SPOTIFY_PAGE_MILLIS} ms for
 * each page, on the function's {@link TestClock}: what a person waits is that clock's time, the same however busy
 * the machine running the test.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class BigLibraryTest {

    FakeSpotify spotify;

    @Inject
    TestClock clock;

    /** The request's time: Alexa's patience less the safety margin, as configured by default. */
    private static final Duration BUDGET = Duration.ofMillis(6_500);

    /** How long Spotify takes for a page of 50 playlists, about as seen from AWS eu-west-1. */
    private static final int SPOTIFY_PAGE_MILLIS = 250;
    private static final String PLAYLISTS = "/v1/me/playlists";
    private static final String PLAY = "/v1/me/player/play";

    @BeforeEach
    void reset() {
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
    }

    @Test
    void aPlaylistAmongTheLastOfTwelveHundredPlays() {
        library(1_200, SPOTIFY_PAGE_MILLIS);

        long start = clock.nanoTime();
        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "mix number one thousand one hundred and ninety nine"))
                .body("response.outputSpeech.ssml", containsString("Playing your playlist Mix Number 1199."));

        spotify.verify(exactly(24), getRequestedFor(urlPathEqualTo(PLAYLISTS)));
        answeredInTime(start);
    }

    @Test
    void aPlaylistAmongTheLastOfFiveThousandPlays() {
        library(5_000, SPOTIFY_PAGE_MILLIS);

        long start = clock.nanoTime();
        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "mix number four thousand nine hundred and ninety nine"))
                .body("response.outputSpeech.ssml", containsString("Playing your playlist Mix Number 4999."));
        answeredInTime(start);
    }

    @Test
    void readingStopsAtThePageWithThePlaylistOfExactlyThatName() {
        library(5_000, SPOTIFY_PAGE_MILLIS);

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "mix number six hundred and one"))
                .body("response.outputSpeech.ssml", containsString("Playing your playlist Mix Number 601."));

        // The page at offset 600 is the 13th: with ten pages read at a time, far fewer than all 100 are asked for.
        spotify.verify(lessThan(40), getRequestedFor(urlPathEqualTo(PLAYLISTS)));
    }

    @Test
    void whenTimeRunsOutBeforeTheWholeLibraryIsReadTheAnswerSaysHowMuchWasSearched() {
        library(5_000, 2_000);

        long start = clock.nanoTime();
        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "heavy metal"))
                .body("response.outputSpeech.ssml", matchesPattern(
                        ".*In the time I have, I could look through \\d+ of your 5000 playlists, and none of them is called heavy metal\\..*"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(PLAY)));
        answeredInTime(start);
    }

    /**
     * The answer came within the request's time (Alexa's patience less the margin) on the function's clock. Not an
     * exact time: how soon the next page is asked for depends on which answers the function has taken up.
     */
    private void answeredInTime(long start) {
        Duration took = clock.since(start);
        assertTrue(took.compareTo(BUDGET) <= 0, "answered after " + took + ", beyond the request's " + BUDGET);
    }

    /** A library of {@code total} playlists, each page answered after {@code millis}, as Spotify does. */
    private void library(int total, int millis) {
        for (int offset = 0; offset < total; offset += 50) {
            spotify.stubFor(get(urlPathEqualTo(PLAYLISTS)).withQueryParam("offset", equalTo(String.valueOf(offset)))
                    .withQueryParam("limit", equalTo("50"))
                    .willReturn(took(Duration.ofMillis(millis), okJson(PlaylistsTest.page(offset, 50, total)))));
        }
    }

}
