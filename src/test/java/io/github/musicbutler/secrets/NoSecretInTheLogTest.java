package io.github.musicbutler.secrets;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.Alexa.send;
import static io.github.musicbutler.support.SecretScan.assertNoSecretIn;
import static io.github.musicbutler.support.SecretScan.secret;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.github.musicbutler.support.ParameterStoreServer;
import io.github.musicbutler.support.SecretScan.Secret;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The function at the most verbose it can be made (root level TRACE, the REST clients' request and response logging
 * on, the capped categories asked for TRACE as an operator would) goes through every flow that handles a secret, and
 * its whole log, from startup on, holds none of them in any form (see {@code SecretScan}).
 */
@QuarkusTest
@TestProfile(NoSecretInTheLogTest.EverythingLogged.class)
class NoSecretInTheLogTest {

    public static class EverythingLogged implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("alexa.skill-id", AlexaRequest.SKILL_ID),
                    Map.entry("quarkus.log.min-level", "TRACE"),
                    Map.entry("quarkus.log.level", "TRACE"),
                    Map.entry("quarkus.rest-client.logging.scope", "request-response"),
                    Map.entry("quarkus.rest-client.logging.body-limit", "100000"),
                    // What an operator following Quarkus' guides would add; the build-time minimum keeps them capped.
                    Map.entry("quarkus.log.category.\"org.jboss.resteasy.reactive.client.logging\".level", "TRACE"),
                    Map.entry("quarkus.log.category.\"io.quarkus.oidc\".level", "TRACE"),
                    // The test's Alexa (rest-assured on Apache HttpClient, which the function does not contain) logs the
                    // envelopes it sends, tokens included: that is the caller's log, not the function's.
                    Map.entry("quarkus.log.category.\"org.apache.http\".level", "INFO"),
                    // Everything, startup included, as the console shows it, exception stack traces and all.
                    Map.entry("quarkus.log.file.enabled", "true"),
                    // The file is what is read; the build's own console keeps to what every other test prints.
                    Map.entry("quarkus.log.console.level", "INFO"),
                    Map.entry("quarkus.log.file.path", "target/logs/no-secret-in-the-log-" + System.nanoTime() + ".log"),
                    Map.entry("quarkus.log.file.json.enabled", Boolean.toString(json())));
        }

        /** The log file is written as the packaged function's console is: plain text here, JSON in the subclass. */
        protected boolean json() {
            return false;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(
                    // Tokens that last a minute are renewed by every search (the time skew is two minutes).
                    new TestResourceEntry(FakeSpotifyResource.class, Map.of("expires-in", "60", "credentials", "client-id")),
                    new TestResourceEntry(ParameterStoreServer.class));
        }
    }

    private static final String QUERY = "my secret crush song";

    FakeSpotify spotify;
    ParameterStoreServer parameterStore;

    @Test
    void noSecretReachesTheLogAtAnyLevel() throws IOException {
        unlinkedLaunch();
        linkedLaunchOfARecognisedSpeaker();
        linkedCallThatSpotifyRefuses();
        searchesWithTheAppsTokenRenewedEachTime();
        searchThatSpotifyFails();
        searchWithCredentialsSpotifyRejects();
        searchWhileParameterStoreRefuses();
        eventsThatAreNotAlexaRequests();

        String log = Files.readString(Path.of(ConfigProvider.getConfig().getValue("quarkus.log.file.path", String.class)));
        assertNoSecretIn(log, secrets());
        // ...and it was the most verbose log: a quiet one would pass the scan above without proving anything.
        boolean json = ConfigProvider.getConfig().getValue("quarkus.log.file.json.enabled", Boolean.class);
        assertTrue(log.contains(json ? "\"level\":\"TRACE\"" : " TRACE "), "the log is not at TRACE");
        assertTrue(log.contains(json ? "\"mdc\":{" : "INFO"), "the log is not in the form asked for");
        assertTrue(log.contains("POST " + ConfigProvider.getConfig().getValue("aws.endpoint-url-ssm", String.class)),
                "Parameter Store traffic was not logged");
        assertTrue(log.contains("GET " + spotify.apiUrl() + "/search"), "catalog traffic was not logged");
    }

    private List<Secret> secrets() {
        List<Secret> secrets = new ArrayList<>(List.of(
                secret("the user's access token", AlexaRequest.ACCESS_TOKEN),
                secret("the recognised speaker's access token", AlexaRequest.PERSON_ACCESS_TOKEN),
                secret("the Alexa user id", AlexaRequest.USER_ID),
                secret("the Alexa person id", AlexaRequest.PERSON_ID),
                secret("the Alexa device id", AlexaRequest.DEVICE_ID),
                secret("Alexa's API access token", AlexaRequest.ALEXA_API_ACCESS_TOKEN),
                secret("the search query", QUERY),
                secret("the client secret", FakeSpotify.CLIENT_SECRET),
                secret("the rotated client secret", ROTATED_SECRET),
                secret("the Basic credentials", FakeSpotify.CLIENT_ID + ":" + FakeSpotify.CLIENT_SECRET),
                secret("the role's secret access key", ParameterStoreServer.SECRET_ACCESS_KEY),
                secret("the role's session token", ParameterStoreServer.SESSION_TOKEN)));
        List<String> appTokens = spotify.findAll(getRequestedFor(urlPathEqualTo("/v1/search"))).stream()
                .map(request -> request.getHeader("Authorization").substring("Bearer ".length()))
                .distinct().toList();
        assertTrue(appTokens.size() >= 2, "the app's token was not renewed: " + appTokens.size());
        appTokens.forEach(token -> secrets.add(secret("an app token the accounts service issued", token)));
        return secrets;
    }

    private static final String ROTATED_SECRET = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    private void unlinkedLaunch() {
        ask(AlexaRequest.launch().unlinked()).body("response.card.type", containsString("LinkAccount"));
    }

    private void linkedLaunchOfARecognisedSpeaker() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(okJson(Fixtures.read("spotify/me.json"))));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(okJson(Fixtures.read("spotify/player.json"))));

        ask(AlexaRequest.launch().spokenBy(AlexaRequest.PERSON_ID, AlexaRequest.PERSON_ACCESS_TOKEN, 300))
                .body("response.outputSpeech.ssml", containsString("Welcome"));
    }

    private void linkedCallThatSpotifyRefuses() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/pause")).willReturn(WireMock.aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json").withBody(Fixtures.read("spotify/error-401.json"))));

        ask(AlexaRequest.intent("AMAZON.PauseIntent")).body("response.outputSpeech.ssml", containsString("link"));
    }

    private void searchesWithTheAppsTokenRenewedEachTime() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(Fixtures.read("spotify/search-anything.json"))));

        ask(AlexaRequest.intent("SearchIntent").slot("query", QUERY).unlinked())
                .body("response.outputSpeech.ssml", containsString("I found One More Time"));
        ask(AlexaRequest.intent("SearchIntent").slot("query", QUERY))
                .body("response.outputSpeech.ssml", containsString("I found One More Time"));
    }

    private void searchThatSpotifyFails() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(serverError()
                .withHeader("Content-Type", "application/json").withBody("{\"error\":{\"status\":500,\"message\":\"Server error\"}}")));

        ask(AlexaRequest.intent("SearchIntent").slot("query", QUERY))
                .body("response.outputSpeech.ssml", containsString("I can't reach Spotify's search"));
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(Fixtures.read("spotify/search-anything.json"))));
    }

    private void searchWithCredentialsSpotifyRejects() {
        spotify.failNextTokenRequest(400, """
                {"error":"invalid_client","error_description":"Invalid client secret"}""");
        parameterStore.holds(ROTATED_SECRET);

        ask(AlexaRequest.intent("SearchIntent").slot("query", QUERY))
                .body("response.outputSpeech.ssml", containsString("Spotify doesn't accept this skill's app credentials"));
        ask(AlexaRequest.intent("SearchIntent").slot("query", QUERY))
                .body("response.outputSpeech.ssml", containsString("I found One More Time"));
    }

    private void searchWhileParameterStoreRefuses() {
        parameterStore.refuses(400, "AccessDeniedException");
        spotify.failNextTokenRequest(400, """
                {"error":"invalid_client","error_description":"Invalid client secret"}""");

        ask(AlexaRequest.intent("SearchIntent").slot("query", QUERY))
                .body("response.outputSpeech.ssml", containsString("Spotify doesn't accept"));
        ask(AlexaRequest.intent("SearchIntent").slot("query", QUERY))
                .body("response.outputSpeech.ssml", containsString("I can't reach Spotify's search"));
        parameterStore.holds(FakeSpotify.CLIENT_SECRET);
    }

    private void eventsThatAreNotAlexaRequests() {
        send("{\"context\":{\"System\":{\"user\":{\"accessToken\": " + AlexaRequest.ACCESS_TOKEN + "}}}}").statusCode(500);
        send(AlexaRequest.launch().requestType(AlexaRequest.ACCESS_TOKEN).json()).statusCode(500);
        send(AlexaRequest.launch().forSkill(AlexaRequest.USER_ID).json());
    }
}
