package io.github.musicbutler.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A real OAuth 2.0 authorization server (NAV's mock-oauth2-server, in-process) in the role of Spotify's accounts
 * service: {@code spotify.accounts-url} points at it, and its issuer {@code api} makes the token endpoint
 * {@code <accounts-url>/api/token}, Spotify's path. It grants client credentials, authorization codes and refresh
 * tokens, and records every request it receives.
 * <p>
 * Init args: {@code expires-in} (seconds, default 3600 as Spotify's), {@code credentials=none} to leave
 * {@code spotify.client-id} and {@code spotify.client-secret} unset, {@code credentials=client-id} to set only the
 * client id (the secret then comes from elsewhere, e.g. {@link ParameterStoreServer}). Tests get this manager
 * injected into a field of its type.
 */
public class SpotifyAccountsServer implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_ID = "5f3c1b9e7a2d4c6e8f0a1b2c3d4e5f60";
    public static final String CLIENT_SECRET = "9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d";
    /** The issuer whose endpoints are {@code /api/token} and {@code /api/authorize}. */
    public static final String ISSUER = "api";

    private MockOAuth2Server server;
    private final AtomicReference<OAuth2HttpResponse> nextFailure = new AtomicReference<>();
    private long expiresIn = 3600;
    private boolean withClientId = true;
    private boolean withClientSecret = true;
    private final List<TokenRequest> tokenRequests = new ArrayList<>();

    /** A request to the token endpoint as the server received it. */
    public record TokenRequest(String authorization, String form) {

        public boolean isClientCredentialsGrant() {
            return form.contains("grant_type=client_credentials");
        }
    }

    @Override
    public void init(Map<String, String> initArgs) {
        expiresIn = Long.parseLong(initArgs.getOrDefault("expires-in", "3600"));
        String credentials = initArgs.getOrDefault("credentials", "both");
        withClientId = !"none".equals(credentials);
        withClientSecret = "both".equals(credentials);
    }

    @Override
    public Map<String, String> start() {
        server = new MockOAuth2Server(OAuth2Config.Companion.fromJson("""
                {
                  "interactiveLogin": false,
                  "tokenCallbacks": [{
                    "issuerId": "%s",
                    "tokenExpiry": %d,
                    "requestMappings": [{ "requestParam": "grant_type", "match": "*", "claims": { "sub": "${clientId}" } }]
                  }]
                }
                """.formatted(ISSUER, expiresIn)), new FailOnce());
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("spotify.accounts-url", accountsUrl());
        if (withClientId) {
            config.put("spotify.client-id", CLIENT_ID);
        }
        if (withClientSecret) {
            config.put("spotify.client-secret", CLIENT_SECRET);
        }
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.shutdown();
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(SpotifyAccountsServer.class));
    }

    /** Where the skill finds the accounts service: {@code SPOTIFY_ACCOUNTS_URL}. */
    public String accountsUrl() {
        String base = server.baseUrl().toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String authorizeUrl() {
        return server.authorizationEndpointUrl(ISSUER).toString();
    }

    public String tokenUrl() {
        return server.tokenEndpointUrl(ISSUER).toString();
    }

    /** The issuer named in the tokens it issues. */
    public String issuer() {
        return server.issuerUrl(ISSUER).toString();
    }

    /** The next request gets this answer instead of a token, whatever it asks. */
    public void failNextRequest(int status, String jsonBody) {
        nextFailure.set(new OAuth2HttpResponse(Headers.of("Content-Type", "application/json"), status, jsonBody, null));
    }

    /** Every request to the token endpoint since this server started, oldest first. */
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

    private RecordedRequest received() {
        try {
            return server.takeRequest(10, TimeUnit.MILLISECONDS);
        } catch (RuntimeException queueEmpty) {
            // mock-oauth2-server reports an empty queue as an exception, not as null
            return null;
        }
    }

    /** Answers the token endpoint with the armed failure, once; otherwise leaves the request to the server. */
    private final class FailOnce implements Route {

        @Override
        public boolean match(OAuth2HttpRequest request) {
            return request.getUrl().encodedPath().equals("/" + ISSUER + "/token") && nextFailure.get() != null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            return nextFailure.getAndSet(null);
        }
    }
}
