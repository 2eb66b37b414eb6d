package io.github.musicbutler.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify.TokenRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The app's own token, from a real OAuth 2.0 server playing Spotify's accounts service (tokens last an hour, as
 * Spotify's do).
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class AppTokenTest {

    FakeSpotify spotify;

    @BeforeEach
    void stubSearch() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(Fixtures.read("spotify/search-anything.json"))));
    }

    @Test
    void appTokenComesFromTheClientCredentialsGrantWithHttpBasicClientAuthentication() {
        search();

        List<TokenRequest> requests = spotify.appTokenRequests();
        assertFalse(requests.isEmpty());
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (FakeSpotify.CLIENT_ID + ":" + FakeSpotify.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        for (TokenRequest request : requests) {
            assertEquals(basic, request.authorization());
            assertEquals("grant_type=client_credentials", request.form());
        }
    }

    @Test
    void searchCarriesTheTokenTheAccountsServiceIssuedToTheApp() throws Exception {
        search();

        JWTClaimsSet claims = SignedJWT.parse(bearerOf(spotify.findAll(getRequestedFor(urlPathEqualTo("/v1/search"))).getLast()))
                .getJWTClaimsSet();
        assertEquals(spotify.issuer(), claims.getIssuer());
        assertEquals(FakeSpotify.CLIENT_ID, claims.getSubject());
    }

    @Test
    void tokenIsReusedAcrossInvocations() {
        search();
        int before = spotify.appTokenRequests().size();

        search();
        ask(AlexaRequest.intent("SearchPlaylistsIntent").slot("query", "rainy sunday").unlinked());
        ask(AlexaRequest.intent("SearchArtistTracksIntent").slot("artist", "Adele"));

        assertEquals(before, spotify.appTokenRequests().size());
        List<String> bearers = spotify.findAll(getRequestedFor(urlPathEqualTo("/v1/search"))).stream()
                .map(AppTokenTest::bearerOf).distinct().toList();
        assertEquals(1, bearers.size(), bearers::toString);
    }

    private static void search() {
        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"));
    }

    static String bearerOf(LoggedRequest request) {
        String authorization = request.getHeader("Authorization");
        assertTrue(authorization != null && authorization.startsWith("Bearer "), String.valueOf(authorization));
        return authorization.substring("Bearer ".length());
    }
}
