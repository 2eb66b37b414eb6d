package io.github.musicbutler.secrets;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify.TokenRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.github.musicbutler.support.LogCapture;
import io.github.musicbutler.support.ParameterStoreServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * SPOTIFY_CLIENT_SECRET_PARAMETER instead of SPOTIFY_CLIENT_SECRET: the secret comes from Parameter Store (an
 * in-process stand-in), on the first search and never at startup. The app's tokens last a minute here, so every
 * search requests one (the time skew is two minutes).
 */
@QuarkusTest
@TestProfile(ClientSecretFromParameterStoreTest.SecretInParameterStore.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClientSecretFromParameterStoreTest {

    public static class SecretInParameterStore implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeSpotifyResource.class, Map.of("expires-in", "60", "credentials", "client-id")),
                    new TestResourceEntry(ParameterStoreServer.class));
        }
    }

    private static final String ROTATED_SECRET = "3c2b1a09f8e7d6c5b4a3928170f6e5d4";

    FakeSpotify spotify;
    ParameterStoreServer parameterStore;

    @Inject
    ClientSecret clientSecret;

    @RegisterExtension
    LogCapture log = new LogCapture();

    @BeforeEach
    void freshSecretAndSpotify() {
        clientSecret.forget();
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(Fixtures.read("spotify/search-anything.json"))));
        parameterStore.holds(FakeSpotify.CLIENT_SECRET);
    }

    @Test
    @Order(1)
    void parameterIsNotReadAtStartupButByTheFirstSearch() {
        ask(AlexaRequest.launch().unlinked());
        ask(AlexaRequest.intent("AMAZON.HelpIntent").unlinked());
        assertEquals(0, parameterStore.reads().size(), "reads before any search");

        search();

        assertEquals(1, parameterStore.reads().size(), "reads after the first search");
    }

    @Test
    void laterTokenRequestsReuseTheSecretReadOnce() {
        int reads = parameterStore.reads().size();
        int tokenRequests = spotify.appTokenRequests().size();

        search();
        search();

        assertEquals(tokenRequests + 2, spotify.appTokenRequests().size());
        assertEquals(reads + 1, parameterStore.reads().size());
    }

    @Test
    void tokenRequestAuthenticatesWithTheSecretFromTheParameter() {
        search();

        TokenRequest last = spotify.appTokenRequests().getLast();
        assertEquals(AppTokenRequestAuthentication.basic(FakeSpotify.CLIENT_ID, FakeSpotify.CLIENT_SECRET),
                last.authorization());
        assertEquals("grant_type=client_credentials", last.form());
    }

    @Test
    void parameterIsReadAsGetParameterWithDecryptionSignedWithTheRolesCredentials() {
        search();

        LoggedRequest read = parameterStore.reads().getLast();
        assertEquals("{\"Name\":\"" + ParameterStoreServer.PARAMETER + "\",\"WithDecryption\":true}", read.getBodyAsString());
        assertEquals(ParameterStoreServer.SESSION_TOKEN, read.getHeader("X-Amz-Security-Token"));
        assertTrue(read.getHeader("Content-Type").startsWith("application/x-amz-json-1.1"), read.getHeader("Content-Type"));
        Matcher authorization = Pattern.compile("AWS4-HMAC-SHA256 Credential=" + ParameterStoreServer.ACCESS_KEY_ID
                + "/(\\d{8})/eu-west-1/ssm/aws4_request, SignedHeaders=host;x-amz-date;x-amz-security-token;x-amz-target, "
                + "Signature=[0-9a-f]{64}").matcher(read.getHeader("Authorization"));
        assertTrue(authorization.matches(), read.getHeader("Authorization"));
        assertEquals(authorization.group(1), read.getHeader("X-Amz-Date").substring(0, 8));
        // Signed over exactly what was sent: the same signature comes out of the request as it arrived. That SigV4
        // signs a body as AWS does is SigV4Test's, against AWS' published vectors.
        Map<String, String> received = new LinkedHashMap<>();
        for (String name : List.of("Host", "X-Amz-Date", "X-Amz-Security-Token", "X-Amz-Target")) {
            received.put(name, read.getHeader(name));
        }
        assertEquals(read.getHeader("Authorization"), SigV4.authorization("POST", "/", received,
                read.getBodyAsString().getBytes(StandardCharsets.UTF_8),
                new AwsCredentials(ParameterStoreServer.ACCESS_KEY_ID, ParameterStoreServer.SECRET_ACCESS_KEY,
                        ParameterStoreServer.SESSION_TOKEN),
                ParameterStoreServer.REGION, "ssm"));
    }

    @Test
    void parameterThatCannotBeReadGetsASpokenApologyAndOneLogLineWithoutSecrets() {
        parameterStore.refuses(400, "AccessDeniedException");
        int tokenRequests = spotify.appTokenRequests().size();

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .body("response.outputSpeech.ssml", containsString("I can't reach Spotify's search right now"))
                .body("response.shouldEndSession", is(true));

        assertEquals(tokenRequests, spotify.appTokenRequests().size(), "no token request without a secret");
        spotify.verify(0, getRequestedFor(urlPathEqualTo("/v1/search")));
        List<String> warnings = log.lines().stream().filter(line -> line.startsWith("WARN")).toList();
        assertEquals(1, warnings.size(), log.all());
        assertTrue(warnings.getFirst().contains("Spotify call about search failed: UNAVAILABLE:"
                + " Could not read the Spotify client secret from Parameter Store (SPOTIFY_CLIENT_SECRET_PARAMETER):"
                + " Parameter Store answered HTTP 400 AccessDeniedException for parameter " + ParameterStoreServer.PARAMETER),
                warnings::toString);
        assertNoSecretIn(log.written(), List.of(secret("the AWS session token", ParameterStoreServer.SESSION_TOKEN),
                secret("the AWS secret access key", ParameterStoreServer.SECRET_ACCESS_KEY)));
    }

    @Test
    void aFailedReadIsTriedAgainByTheNextSearch() {
        parameterStore.refuses(503, "InternalServerError");
        search();
        parameterStore.holds(FakeSpotify.CLIENT_SECRET);

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .body("response.outputSpeech.ssml", containsString("I found One More Time"));
    }

    @Test
    void rejectedSecretIsSpokenAsASetupProblemAndTheRotatedOneIsReadByTheNextSearch() {
        search();
        parameterStore.holds(ROTATED_SECRET);
        spotify.failNextTokenRequest(400, """
                {"error":"invalid_client","error_description":"Invalid client secret"}""");
        int reads = parameterStore.reads().size();

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .body("response.outputSpeech.ssml", containsString("Spotify doesn't accept this skill's app credentials"));
        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .body("response.outputSpeech.ssml", containsString("I found One More Time"));

        assertEquals(reads + 1, parameterStore.reads().size());
        assertEquals(AppTokenRequestAuthentication.basic(FakeSpotify.CLIENT_ID, ROTATED_SECRET),
                spotify.appTokenRequests().getLast().authorization());
        List<String> rejections = log.lines().stream().filter(line -> line.contains("invalid_client")).toList();
        assertEquals(1, rejections.size(), log.all());
        assertTrue(rejections.getFirst().contains("check SPOTIFY_CLIENT_ID and the secret in Parameter Store parameter "
                + ParameterStoreServer.PARAMETER), rejections::toString);
    }

    private static void search() {
        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk").unlinked());
    }
}
