package io.github.musicbutler.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.CountMatchingStrategy;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.Urls;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The one fake Spotify, in-process, for the function's tests ({@link FakeSpotifyResource}), the console's demo
 * account and the cold-start benchmark.
 * <p>
 * Its Web API is WireMock: what it answers is stated with WireMock's stubbing DSL ({@link #stubFor}), paths starting
 * with {@code /v1}, bodies from {@code src/test/resources/spotify/} ({@link #json}, {@link #error}); anything not
 * stubbed gets a 404. Answers that depend on what came before (the demo account's player) come from WireMock
 * extensions given to {@link #start(Extension...)}.
 * <p>
 * Its accounts service is a real OAuth 2.0 server (NAV's mock-oauth2-server), because account linking needs real
 * authorization-code and refresh-token grants: the issuer {@value #ISSUER} puts the token endpoint at Spotify's
 * {@code /api/token}. It grants any client, names the client as the token's subject, and records every token
 * request.
 * <p>
 * It holds every request to Spotify's published contract ({@link SpotifyContract}): a request whose method and path,
 * parameters or body the description does not allow gets Spotify's answer to a malformed request, 400 Bad Request,
 * whose message names the request and the rules it broke, and is recorded; {@link SpotifyContractCheck} fails the test during which it came with that message, even
 * if the function's apology hides the 400.
 */
public final class FakeSpotify implements AutoCloseable {

    /** The skill's own Spotify app, as the function's configuration names it. */
    public static final String CLIENT_ID = "5f3c1b9e7a2d4c6e8f0a1b2c3d4e5f60";
    public static final String CLIENT_SECRET = "9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d";
    /** The header every call on behalf of the test user ({@link AlexaRequest#ACCESS_TOKEN}) carries. */
    /** The header of an answer that says how many milliseconds Spotify took to give it ({@link #took}). */
    public static final String TOOK = "Fake-Spotify-Took";

    public static final String BEARER = "Bearer " + AlexaRequest.ACCESS_TOKEN;
    /** The issuer whose endpoints are {@code /api/token} and {@code /api/authorize}. */
    private static final String ISSUER = "api";

    private final WireMockServer api;
    private final MockOAuth2Server accounts;
    private final AtomicReference<OAuth2HttpResponse> nextTokenFailure = new AtomicReference<>();
    private final AtomicReference<TokenGate> tokenGate = new AtomicReference<>();
    private final List<TokenRequest> tokenRequests = new ArrayList<>();
    private int requestsDuringStartup = -1;

    /** A request to the token endpoint as the accounts service received it. */
    public record TokenRequest(String authorization, String form) {

        public boolean isClientCredentialsGrant() {
            return form.contains("grant_type=client_credentials");
        }
    }

    /** Requests that broke Spotify's contract, of every fake in this class loader, not yet reported. */
    private static final Queue<String> CONTRACT_VIOLATIONS = new ConcurrentLinkedQueue<>();

    private FakeSpotify(Duration tokenLifetime, Extension... extensions) {
        // read before the first request, so that no request's deadline is spent on parsing the description
        SpotifyContract contract = SpotifyContract.get();
        Extension[] all = Arrays.copyOf(extensions, extensions.length + 1);
        all[extensions.length] = new ContractCheck(contract);
        api = new WireMockServer(options().dynamicPort().extensions(all));
        accounts = new MockOAuth2Server(OAuth2Config.Companion.fromJson("""
                {
                  "interactiveLogin": false,
                  "tokenCallbacks": [{
                    "issuerId": "%s",
                    "tokenExpiry": %d,
                    "requestMappings": [{ "requestParam": "grant_type", "match": "*", "claims": { "sub": "${clientId}" } }]
                  }]
                }
                """.formatted(ISSUER, tokenLifetime.toSeconds())), new TokenEndpoint());
    }

    /** A fake whose tokens last an hour, as Spotify's do. */
    public static FakeSpotify start(Extension... extensions) {
        return start(Duration.ofHours(1), extensions);
    }

    public static FakeSpotify start(Duration tokenLifetime, Extension... extensions) {
        FakeSpotify spotify = new FakeSpotify(tokenLifetime, extensions);
        spotify.api.start();
        spotify.accounts.start();
        return spotify;
    }

    /** The function's configuration pointing at this fake, in the public environment names. */
    public Map<String, String> environment() {
        return Map.of("SPOTIFY_API_URL", apiUrl(),
                "SPOTIFY_ACCOUNTS_URL", accountsUrl(),
                "SPOTIFY_CLIENT_ID", CLIENT_ID,
                "SPOTIFY_CLIENT_SECRET", CLIENT_SECRET);
    }

    /** {@code SPOTIFY_API_URL}, with {@code /v1}. */
    public String apiUrl() {
        return api.baseUrl() + "/v1";
    }

    /** {@code SPOTIFY_ACCOUNTS_URL}. */
    public String accountsUrl() {
        String base = accounts.baseUrl().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String authorizeUrl() {
        return accounts.authorizationEndpointUrl(ISSUER).toString();
    }

    public String tokenUrl() {
        return accounts.tokenEndpointUrl(ISSUER).toString();
    }

    /** The issuer named in the tokens the accounts service issues. */
    public String issuer() {
        return accounts.issuerUrl(ISSUER).toString();
    }

    // ---- the Web API ----

    public StubMapping stubFor(MappingBuilder mapping) {
        return api.stubFor(mapping);
    }

    public void verify(RequestPatternBuilder requests) {
        api.verify(requests);
    }

    public void verify(int count, RequestPatternBuilder requests) {
        api.verify(count, requests);
    }

    public void verify(CountMatchingStrategy count, RequestPatternBuilder requests) {
        api.verify(count, requests);
    }

    public List<LoggedRequest> findAll(RequestPatternBuilder requests) {
        return api.findAll(requests);
    }

    /** A 200 answer with the JSON file {@code src/test/resources/spotify/<name>}. */
    public static ResponseDefinitionBuilder json(String name) {
        return WireMock.okJson(fixture(name));
    }

    /**
     * {@code answer}, saying that Spotify took {@code time} to give it. In a {@code @QuarkusTest} the function's
     * clock ({@link TestClock}) moves that far past the request's sending before the function reads the answer
     * ({@link FakeSpotifyTook}); no test waits for it. A function run elsewhere gets the answer at once.
     */
    public static ResponseDefinitionBuilder took(Duration time, ResponseDefinitionBuilder answer) {
        return answer.withHeader(TOOK, String.valueOf(time.toMillis()));
    }

    /** An error answer with the JSON file {@code src/test/resources/spotify/<name>} and the given status. */
    public static ResponseDefinitionBuilder error(int status, String name) {
        return WireMock.aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(fixture(name));
    }

    /** The JSON file {@code src/test/resources/spotify/<name>}. */
    public static String fixture(String name) {
        return Fixtures.read("spotify/" + name);
    }

    // ---- the accounts service ----

    /** The next token request gets this answer instead of a token, whatever it asks. */
    public void failNextTokenRequest(int status, String jsonBody) {
        nextTokenFailure.set(new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), status, jsonBody,
                null));
    }

    /**
     * Token requests from now on wait at the token endpoint until the gate opens (or the test ends), so that a test
     * can have callers pile up behind one request without racing it.
     */
    public TokenGate holdTokenRequests() {
        TokenGate gate = new TokenGate();
        tokenGate.set(gate);
        return gate;
    }

    /**
     * Where token requests wait ({@link #holdTokenRequests()}); closing it opens it and takes it away, so later token
     * requests are neither held nor counted by it.
     */
    public final class TokenGate implements AutoCloseable {

        private final CountDownLatch open = new CountDownLatch(1);
        private final AtomicInteger arrived = new AtomicInteger();

        /** How many token requests have come to the gate. */
        public int arrived() {
            return arrived.get();
        }

        public void open() {
            open.countDown();
        }

        @Override
        public void close() {
            open();
            tokenGate.compareAndSet(this, null);
        }

        private void pass() {
            arrived.incrementAndGet();
            try {
                // a test that never opens it must not hang the accounts service
                open.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Every request to the token endpoint since the last {@link #reset()}, oldest first. */
    public synchronized List<TokenRequest> tokenRequests() {
        for (RecordedRequest next = received(); next != null; next = received()) {
            if (next.getPath() != null && next.getPath().startsWith("/" + ISSUER + "/token")) {
                tokenRequests.add(new TokenRequest(next.getHeader("Authorization"), next.getBody().clone().readUtf8()));
            }
        }
        return List.copyOf(tokenRequests);
    }

    /** The requests for the app's own token (client-credentials grant). */
    public List<TokenRequest> appTokenRequests() {
        return tokenRequests().stream().filter(TokenRequest::isClientCredentialsGrant).toList();
    }

    // ---- both ----

    /** Calls to the Web API and token requests since the last reset. */
    public int requestCount() {
        return api.getAllServeEvents().size() + tokenRequests().size();
    }

    /**
     * What the function asked of Spotify (Web API and accounts service) while it started, before its first test;
     * noted by {@link FakeSpotifyResource}.
     */
    public synchronized int requestsDuringStartup() {
        if (requestsDuringStartup < 0) {
            throw new IllegalStateException("not noted yet: the fake serves no @QuarkusTest");
        }
        return requestsDuringStartup;
    }

    /** Notes {@link #requestsDuringStartup()} once: called before the first test of the function this fake serves. */
    synchronized void noteStartup() {
        if (requestsDuringStartup < 0) {
            requestsDuringStartup = requestCount();
        }
    }

    /** Forgets the requests received, keeps the answers. */
    public synchronized void resetRequests() {
        api.resetRequests();
        tokenRequests();
        tokenRequests.clear();
    }

    /** Forgets the answers, the requests and an armed token failure: a fresh Spotify, on the same ports. */
    public void reset() {
        api.resetAll();
        resetRequests();
        nextTokenFailure.set(null);
        Optional.ofNullable(tokenGate.getAndSet(null)).ifPresent(TokenGate::open);
    }

    @Override
    public void close() {
        api.stop();
        accounts.shutdown();
    }

    /**
     * The requests that broke Spotify's contract since the last call, one message each, and forgets them. Called by
     * {@link SpotifyContractCheck} after every test (by name, as the test may run in another class loader).
     */
    public static List<String> takeContractViolations() {
        List<String> taken = new ArrayList<>();
        for (String next = CONTRACT_VIOLATIONS.poll(); next != null; next = CONTRACT_VIOLATIONS.poll()) {
            taken.add(next);
        }
        return taken;
    }

    /** Checks each request to the Web API against the description before it is answered. */
    private static final class ContractCheck implements StubRequestFilterV2 {

        private final SpotifyContract contract;

        ContractCheck(SpotifyContract contract) {
            this.contract = contract;
        }

        @Override
        public String getName() {
            return "spotify-contract";
        }

        @Override
        public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
            String path = URI.create(request.getUrl()).getPath();
            if (!path.startsWith(SpotifyContract.BASE_PATH + "/")) {
                return RequestFilterAction.continueWith(request);
            }
            Map<String, List<String>> query = new LinkedHashMap<>();
            Urls.splitQueryFromUrl(request.getUrl()).forEach((name, values) -> query.put(name, values.values()));
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (HttpHeader header : request.getHeaders().all()) {
                headers.put(header.key(), header.values());
            }
            List<String> broken = contract.checkRequest(request.getMethod().getName(), path, query, headers,
                    request.getBodyAsString());
            if (broken.isEmpty()) {
                return RequestFilterAction.continueWith(request);
            }
            String message = request.getMethod().getName() + " " + request.getUrl()
                    + " breaks Spotify's published description (src/test/resources/spotify-openapi/):\n  "
                    + String.join("\n  ", broken);
            CONTRACT_VIOLATIONS.add(message);
            return RequestFilterAction.stopWith(ResponseDefinitionBuilder.responseDefinition().withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(errorBody(message)).build());
        }

        /** Spotify's error object ({@code {"error":{"status":400,"message":…}}}), written by Jackson. */
        private static String errorBody(String message) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.putObject("error").put("status", 400).put("message", message);
            return body.toString();
        }
    }

    private RecordedRequest received() {
        try {
            return accounts.takeRequest(10, TimeUnit.MILLISECONDS);
        } catch (RuntimeException queueEmpty) {
            // mock-oauth2-server reports an empty queue as an exception, not as null
            return null;
        }
    }

    /**
     * Holds token requests at an armed gate; answers the token endpoint with the armed failure, once; otherwise
     * leaves the request to the server.
     */
    private final class TokenEndpoint implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            if (!request.getUrl().encodedPath().equals("/" + ISSUER + "/token")) {
                return false;
            }
            // the server asks each route once per request, on the request's own thread
            Optional.ofNullable(tokenGate.get()).ifPresent(TokenGate::pass);
            return nextTokenFailure.get() != null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return nextTokenFailure.getAndSet(null);
        }
    }
}
