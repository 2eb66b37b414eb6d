package io.github.musicbutler.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.SecretScan.assertNoSecretIn;
import static io.github.musicbutler.support.SecretScan.secret;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jwt.SignedJWT;

import io.github.musicbutler.spotify.Deadline;
import io.github.musicbutler.spotify.SearchResults;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;
import io.github.musicbutler.spotify.Ticker;
import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The accounts service here issues tokens that last 60 seconds, less than the configured refresh time skew (two
 * minutes): every use finds the token about to expire, so each one renews it, without any test having to wait.
 */
@QuarkusTest
@WithTestResource(value = FakeSpotifyResource.class, initArgs = @ResourceArg(name = "expires-in", value = "60"))
class AppTokenRenewalTest {

    FakeSpotify spotify;

    @Inject
    Spotify spotifyLayer;

    @Inject
    Ticker clock;

    @RegisterExtension
    LogCapture log = new LogCapture();

    @BeforeEach
    void stubSearch() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(Fixtures.read("spotify/search-anything.json"))));
    }

    @Test
    void tokenIsRenewedBeforeItExpires() throws Exception {
        int before = spotify.appTokenRequests().size();

        search();
        search();

        assertEquals(before + 2, spotify.appTokenRequests().size());
        List<String> bearers = searchBearers();
        assertEquals(2, bearers.size());
        assertNotEquals(bearers.get(0), bearers.get(1));
        Date firstExpiry = SignedJWT.parse(bearers.get(0)).getJWTClaimsSet().getExpirationTime();
        assertTrue(firstExpiry.after(new Date()), "the first token had not expired yet: " + firstExpiry);
    }

    @Test
    void callsThatNeedTheTokenAtTheSameTimeShareOneTokenRequest() {
        int before = spotify.appTokenRequests().size();

        SpotifySession catalog = spotifyLayer.forApp(Deadline.in(Duration.ofSeconds(20), clock));
        List<Thread> threads = new CopyOnWriteArrayList<>();
        ExecutorService callers = Executors.newFixedThreadPool(8, task -> {
            Thread thread = new Thread(task);
            threads.add(thread);
            return thread;
        });
        CyclicBarrier together = new CyclicBarrier(8);
        // "at the same time" made sure of: the token request is held until all eight wait, so none comes late
        try (FakeSpotify.TokenGate gate = spotify.holdTokenRequests()) {
            List<CompletableFuture<SearchResults>> calls = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        await(together);
                        return catalog.search("daft punk", "track", 1, Locale.US);
                    }, callers))
                    .toList();
            waitUntil(() -> gate.arrived() > 0 && threads.size() == 8 && threads.stream().allMatch(this::awaitingTheSearch));
            gate.open();
            calls.forEach(CompletableFuture::join);
        } finally {
            callers.shutdownNow();
        }

        assertEquals(before + 1, spotify.appTokenRequests().size());
        assertEquals(8, searchBearers().size());
        assertEquals(1, searchBearers().stream().distinct().count());
    }

    /**
     * Parked in Mutiny's blocking await: the caller has subscribed to its search, which asks for the token on the
     * subscribing thread, so it has joined the token request. Parked alone is not enough: a caller the barrier has
     * just released is parked too until it gets the barrier's lock, and would ask for the token after the gate opens.
     */
    private boolean awaitingTheSearch(Thread thread) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && Arrays.stream(thread.getStackTrace())
                        .anyMatch(frame -> frame.getClassName().equals("io.smallrye.mutiny.operators.uni.UniBlockingAwait"));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (InterruptedException | BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls a condition; gives up after a minute, which only a broken test reaches. */
    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the callers never all waited for the token");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void failingTokenEndpointGetsASpokenApology() {
        spotify.failNextTokenRequest(500, """
                {"error":"server_error","error_description":"Internal server error"}""");

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .body("response.outputSpeech.ssml", containsString("I can't reach Spotify's search right now"));

        spotify.verify(0, getRequestedFor(urlPathEqualTo("/v1/search")));
        assertTrue(log.all().contains("the app's Spotify token could not be obtained"), log.all());
        assertNoSecretIn(log.written(), List.of(secret("the client secret", FakeSpotify.CLIENT_SECRET)));
    }

    @Test
    void refusedClientCredentialsAreSpokenAsASetupProblem() {
        spotify.failNextTokenRequest(401, """
                {"error":"invalid_client","error_description":"Invalid client secret"}""");

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .body("response.outputSpeech.ssml", containsString("Spotify doesn't accept this skill's app credentials"));

        spotify.verify(0, getRequestedFor(urlPathEqualTo("/v1/search")));
        assertTrue(log.all().contains("invalid_client"), log.all());
        assertNoSecretIn(log.written(), List.of(secret("the client secret", FakeSpotify.CLIENT_SECRET)));
    }

    @Test
    void rejectedClientCredentialsAreSpokenAsASetupProblemAndLoggedOnce() {
        spotify.failNextTokenRequest(401, """
                {"error":"invalid_client","error_description":"Invalid client secret"}""");

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .body("response.outputSpeech.ssml", containsString(
                        "Spotify doesn't accept this skill's app credentials. The skill's owner needs to check the"
                                + " Spotify app's client ID and secret."))
                .body("response.shouldEndSession", is(true));

        spotify.verify(0, getRequestedFor(urlPathEqualTo("/v1/search")));
        List<String> lines = log.lines().stream().filter(line -> line.contains("invalid_client")).toList();
        assertEquals(1, lines.size(), log.all());
        assertTrue(lines.getFirst().startsWith("WARN"), lines::toString);
        assertTrue(lines.getFirst().contains("check SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET"), lines::toString);
        assertNoSecretIn(log.written(), List.of(secret("the client secret", FakeSpotify.CLIENT_SECRET)));
    }

    @Test
    void unreachableTokenEndpointGetsASpokenApologyToo() {
        spotify.failNextTokenRequest(503, "{}");

        ask(AlexaRequest.intent("SearchPlaylistsIntent").slot("query", "yoga").unlinked())
                .body("response.outputSpeech.ssml", containsString("I can't reach Spotify's search right now"));

        spotify.verify(0, getRequestedFor(urlPathEqualTo("/v1/search")));
        assertTrue(log.all().contains("the app's Spotify token could not be obtained"), log.all());
    }

    @Test
    void searchWorksAgainOnceTheTokenEndpointRecovers() {
        spotify.failNextTokenRequest(503, "{}");
        search();

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .body("response.outputSpeech.ssml", containsString("I found One More Time"));
    }

    private static void search() {
        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"));
    }

    private List<String> searchBearers() {
        return spotify.findAll(getRequestedFor(urlPathEqualTo("/v1/search"))).stream()
                .map(LoggedRequest.class::cast)
                .map(AppTokenTest::bearerOf)
                .toList();
    }
}
