package io.github.musicbutler.spotify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.ConfigurationTable;
import io.github.musicbutler.support.Settings;
import io.smallrye.config.EnvConfigSource;

/**
 * Spotify's settings as SmallRye Config reads them: with nothing set, what the README's configuration table says; and
 * the environment names that set them.
 */
class SpotifyConfigTest {

    @Test
    void withNothingSetEachSettingIsTheReadmesDefault() {
        ConfigurationTable.assertDocumented(SpotifyConfig.class);
    }

    @Test
    void theEnvironmentNamesOfTheReadmeSetThem() {
        SpotifyConfig set = fromEnvironment(Map.of(
                "SPOTIFY_API_URL", "http://localhost:8089/v1",
                "SPOTIFY_ACCOUNTS_URL", "http://localhost:8089",
                "SPOTIFY_CONNECT_TIMEOUT", "500ms",
                "SPOTIFY_READ_TIMEOUT", "3s",
                "SPOTIFY_PAGE_SIZE", "20",
                "SPOTIFY_MAX_PLAYLISTS", "200",
                "SPOTIFY_PAGE_CONCURRENCY", "2",
                "SPOTIFY_READING_RESERVE", "1500ms"));

        assertEquals("http://localhost:8089/v1", set.apiUrl());
        assertEquals("http://localhost:8089", set.accountsUrl());
        assertEquals(Duration.ofMillis(500), set.connectTimeout());
        assertEquals(Duration.ofSeconds(3), set.readTimeout());
        assertEquals(20, set.pageSize());
        assertEquals(200, set.maxPlaylists());
        assertEquals(2, set.pageConcurrency());
        assertEquals(Duration.ofMillis(1500), set.readingReserve());
    }

    private static SpotifyConfig fromEnvironment(Map<String, String> environment) {
        return Settings.builder()
                .withMapping(SpotifyConfig.class)
                .withSources(new EnvConfigSource(environment, 300))
                .build()
                .getConfigMapping(SpotifyConfig.class);
    }
}
