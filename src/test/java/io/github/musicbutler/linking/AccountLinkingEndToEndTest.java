package io.github.musicbutler.linking;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.SecretScan.assertNoSecretIn;
import static io.github.musicbutler.support.SecretScan.secret;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The skill works with the tokens account linking produces: this test obtains one exactly as Alexa does, from a real
 * OAuth 2.0 authorization server in the role of Spotify's accounts service (authorization-code grant with Alexa's
 * redirect URI, HTTP Basic client authentication, refresh), and follows it into the skill's Spotify calls.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class AccountLinkingEndToEndTest {

    /** Where Alexa receives the authorization code (one of the redirect URLs the Alexa console lists). */
    static final String ALEXA_REDIRECT_URI = "https://pitangui.amazon.com/api/skill/link/M2AAAAAAAAAAAA";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    FakeSpotify spotify;

    @RegisterExtension
    LogCapture log = new LogCapture();

    @BeforeEach
    void spotifyAnswers() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(Fixtures.read("spotify/search-anything.json"))));
        spotify.stubFor(put(urlEqualTo("/v1/me/player/play")).willReturn(aResponse().withStatus(204)));
    }

    @Test
    void tokenObtainedAsAlexaObtainsItIsWhatTheSkillSendsToSpotify() throws Exception {
        JsonNode linked = exchangeCode(authorize());
        JsonNode refreshed = refresh(linked.get("refresh_token").asText());
        String accessToken = refreshed.get("access_token").asText();
        assertNotEquals(linked.get("access_token").asText(), accessToken);

        Map<String, Object> session = ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk").linkedWith(accessToken))
                .extract().path("sessionAttributes");
        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "1").linkedWith(accessToken).sessionAttributes(session))
                .body("response.outputSpeech.ssml", containsString("Playing One More Time by Daft Punk."));

        spotify.verify(putRequestedFor(urlEqualTo("/v1/me/player/play"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken)));
        assertNoSecretIn(log.written(), List.of(secret("the user's token", accessToken)));
    }

    @Test
    void tokenTheApiRejectsLeadsToTheRelinkCard() throws Exception {
        String accessToken = exchangeCode(authorize()).get("access_token").asText();
        spotify.stubFor(put(urlEqualTo("/v1/me/player/play"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"status\":401,\"message\":\"Invalid access token\"}}")));

        Map<String, Object> session = ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk").linkedWith(accessToken))
                .extract().path("sessionAttributes");
        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "1").linkedWith(accessToken).sessionAttributes(session))
                .body("response.card.type", is("LinkAccount"))
                .body("response.outputSpeech.ssml", containsString("link your Spotify account again"));
    }

    @Test
    void unlinkedRequestLeadsToTheLinkCard() {
        String session = """
                {"dialogue": {"waitingFor": "choice", "source": "SEARCH", "options": [
                  {"kind": "TRACK", "name": "One More Time", "uri": "spotify:track:0DiWol3AO6WpXZgp0goxAV", "by": "Daft Punk"}]}}""";

        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "1").unlinked().sessionAttributes(session))
                .body("response.card.type", is("LinkAccount"))
                .body("response.outputSpeech.ssml", containsString("please link your account first"));

        spotify.verify(0, anyRequestedFor(anyUrl()));
    }

    /** The scopes Alexa asks Spotify for: those of account-linking.json, space-separated as OAuth 2.0 wants them. */
    private static String accountLinkingScopes() throws IOException {
        List<String> scopes = new ArrayList<>();
        JSON.readTree(Path.of("account-linking.json").toFile()).path("accountLinkingRequest").path("scopes")
                .forEach(scope -> scopes.add(scope.asText()));
        return String.join(" ", scopes);
    }

    /** The user signs in (non-interactively here); the server redirects the browser back to Alexa with a code. */
    private String authorize() throws IOException, InterruptedException {
        String state = "A2SAAEAEdCqr1oIaBwDcJdwDfiR1Vv_Yd3-6Hp5mmwDkNT5BQ";
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", FakeSpotify.CLIENT_ID);
        // The one difference from Alexa's request: mock-oauth2-server parses every authorization request as an
        // OpenID Connect one, which must ask for "openid". Spotify needs no such scope, the skill never looks at it.
        query.put("scope", "openid " + accountLinkingScopes());
        query.put("state", state);
        query.put("redirect_uri", ALEXA_REDIRECT_URI);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(spotify.authorizeUrl() + "?" + form(query))).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(302, response.statusCode(), response.body());
        URI redirect = URI.create(response.headers().firstValue("Location").orElseThrow());
        assertEquals(ALEXA_REDIRECT_URI, redirect.getScheme() + "://" + redirect.getHost() + redirect.getPath());
        Map<String, String> params = parameters(redirect.getRawQuery());
        assertEquals(state, params.get("state"));
        assertNotNull(params.get("code"));
        return params.get("code");
    }

    private JsonNode exchangeCode(String code) throws IOException, InterruptedException {
        return token(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", ALEXA_REDIRECT_URI));
    }

    private JsonNode refresh(String refreshToken) throws IOException, InterruptedException {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    /** Alexa authenticates to the token endpoint with HTTP Basic (account-linking.json: accessTokenScheme). */
    private JsonNode token(Map<String, String> grant) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(
                (FakeSpotify.CLIENT_ID + ":" + FakeSpotify.CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(spotify.tokenUrl()))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(grant)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode token = JSON.readTree(response.body());
        assertEquals("Bearer", token.get("token_type").asText());
        assertNotNull(token.get("access_token"));
        return token;
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return params;
    }
}
