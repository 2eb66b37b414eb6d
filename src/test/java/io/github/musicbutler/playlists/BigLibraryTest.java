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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * "Play …" for a person with a thousand playlists and more: the playlist is found among all of them within the
 * time Alexa waits (the production defaults, not the tests' shorter ones), and when Spotify is too slow for the
 * whole library, the answer says how much of it was searched. The times printed are what a person waits with
 * Spotify answering each page after {@value #SPOTIFY_PAGE_MILLIS} ms.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
@TestProfile(BigLibraryTest.AlexasOwnPatience.class)
class BigLibraryTest {

    FakeSpotify spotify;

    /** How long Spotify takes for a page of 50 playlists, about as seen from AWS eu-west-1. */
    private static final int SPOTIFY_PAGE_MILLIS = 250;
    private static final String PLAYLISTS = "/v1/me/playlists";
    private static final String PLAY = "/v1/me/player/play";

    public static class AlexasOwnPatience implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alexa.patience", "8s", "alexa.safety-margin", "1500ms");
        }
    }

    @BeforeEach
    void reset() {
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
    }

    @Test
    void aPlaylistAmongTheLastOfTwelveHundredPlays() {
        library(1_200, SPOTIFY_PAGE_MILLIS);

        long start = System.nanoTime();
        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "mix number one thousand one hundred and ninety nine"))
                .body("response.outputSpeech.ssml", containsString("Playing your playlist Mix Number 1199."));
        System.out.printf("1,200 playlists, %d ms a page: answered in %d ms%n", SPOTIFY_PAGE_MILLIS,
                (System.nanoTime() - start) / 1_000_000);

        spotify.verify(exactly(24), getRequestedFor(urlPathEqualTo(PLAYLISTS)));
    }

    @Test
    void aPlaylistAmongTheLastOfFiveThousandPlays() {
        library(5_000, SPOTIFY_PAGE_MILLIS);

        long start = System.nanoTime();
        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "mix number four thousand nine hundred and ninety nine"))
                .body("response.outputSpeech.ssml", containsString("Playing your playlist Mix Number 4999."));
        System.out.printf("5,000 playlists, %d ms a page: answered in %d ms%n", SPOTIFY_PAGE_MILLIS,
                (System.nanoTime() - start) / 1_000_000);
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

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "heavy metal"))
                .body("response.outputSpeech.ssml", matchesPattern(
                        ".*In the time I have, I could look through \\d+ of your 5000 playlists, and none of them is called heavy metal\\..*"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(PLAY)));
    }

    /** A library of {@code total} playlists, each page answered after {@code millis}, as Spotify does. */
    private void library(int total, int millis) {
        for (int offset = 0; offset < total; offset += 50) {
            spotify.stubFor(get(urlPathEqualTo(PLAYLISTS)).withQueryParam("offset", equalTo(String.valueOf(offset)))
                    .withQueryParam("limit", equalTo("50"))
                    .willReturn(okJson(PlaylistsTest.page(offset, 50, total)).withFixedDelay(millis)));
        }
    }

}
