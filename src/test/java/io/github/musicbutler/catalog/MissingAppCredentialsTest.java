package io.github.musicbutler.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.github.musicbutler.support.Alexa.ask;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET unset: the skill starts, says once in its log that search is off, and
 * tells users who ask for a search why it cannot.
 */
@QuarkusTest
@TestProfile(MissingAppCredentialsTest.WithoutAppCredentials.class)
class MissingAppCredentialsTest {

    /** No credentials, and the log also written to a file of its own, so the startup lines can be read back. */
    public static class WithoutAppCredentials implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.log.file.enabled", "true",
                    "quarkus.log.file.path", "target/logs/without-app-credentials-" + System.nanoTime() + ".log");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(FakeSpotifyResource.class, Map.of("credentials", "none")));
        }
    }

    FakeSpotify spotify;

    @Test
    void startupLogSaysOnceThatSearchIsOffAndWhy() throws IOException {
        Path logFile = Path.of(ConfigProvider.getConfig().getValue("quarkus.log.file.path", String.class));

        List<String> lines = Files.readAllLines(logFile).stream()
                .filter(line -> line.contains("AppCredentialsCheck"))
                .toList();

        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.getFirst().contains("WARN"), lines::toString);
        assertTrue(lines.getFirst().contains(
                "Catalog search is OFF: SPOTIFY_CLIENT_ID and SPOTIFY_CLIENT_SECRET must both be set"), lines::toString);
    }

    @Test
    void searchExplainsThatItIsNotSetUpWithoutCallingSpotify() {
        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk").unlinked())
                .body("response.outputSpeech.ssml", containsString(
                        "search isn't set up yet: the skill's owner still has to add the Spotify app's client ID and secret"))
                .body("response.shouldEndSession", is(true));

        assertEquals(0, spotify.tokenRequests().size());
        spotify.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void everyKindOfSearchExplainsIt() {
        ask(AlexaRequest.intent("SearchPlaylistsIntent").slot("query", "yoga").locale("de-DE"))
                .body("response.outputSpeech.ssml", containsString("Die Suche ist leider noch nicht eingerichtet"));
        ask(AlexaRequest.intent("SearchArtistTracksIntent").slot("artist", "Adele"))
                .body("response.outputSpeech.ssml", containsString("search isn't set up yet"));
    }
}
