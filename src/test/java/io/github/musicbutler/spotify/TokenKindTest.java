package io.github.musicbutler.spotify;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.FakeSpotify.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Locale;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every failure of a session says which kind of token its call carried, whatever the call was about: a search with
 * the listener's own token is their token refused (link again), the same search with the app's is not.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class TokenKindTest {

    FakeSpotify spotify;

    @Inject
    Spotify sessions;

    @Inject
    Ticker clock;

    private SpotifyException searchFails(SpotifySession session) {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(error(401, "error-401.json")));
        return assertThrows(SpotifyException.class, () -> session.search("daft punk", "track", 3, Locale.US));
    }

    private Deadline deadline() {
        return Deadline.in(Duration.ofSeconds(4), clock);
    }

    @Test
    void aSearchWithTheSpeakersOwnTokenFailsAsTheirs() {
        SpotifyException failure = searchFails(
                sessions.forUser(new AccessToken(TokenKind.PERSON, AlexaRequest.PERSON_ACCESS_TOKEN), deadline()));

        assertEquals(TokenKind.PERSON, failure.token());
        assertEquals(SpotifyException.Topic.SEARCH, failure.subject().topic());
    }

    @Test
    void aSearchWithTheHouseholdsTokenFailsAsTheHouseholds() {
        SpotifyException failure = searchFails(
                sessions.forUser(new AccessToken(TokenKind.ACCOUNT, AlexaRequest.ACCESS_TOKEN), deadline()));

        assertEquals(TokenKind.ACCOUNT, failure.token());
    }

    @Test
    void aFailureBeforeAnyAnswerSaysTheTokenKindToo() {
        SpotifyException failure = assertThrows(SpotifyException.class, () -> sessions
                .forUser(new AccessToken(TokenKind.PERSON, AlexaRequest.PERSON_ACCESS_TOKEN), Deadline.in(Duration.ZERO, clock))
                .devices());

        assertEquals(SpotifyOutcome.TIMED_OUT, failure.outcome());
        assertEquals(TokenKind.PERSON, failure.token());
    }

    @Test
    void anAccessTokenNeverShowsItsValue() {
        assertFalse(new AccessToken(TokenKind.ACCOUNT, AlexaRequest.ACCESS_TOKEN).toString()
                .contains(AlexaRequest.ACCESS_TOKEN));
    }
}
