package io.github.musicbutler.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.spotify.SpotifyConfig;
import io.github.musicbutler.support.ConfigurationTable;
import io.github.musicbutler.support.Settings;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The skill can get its own token with the client id and exactly one source of the secret; the settings come from the
 * environment names of the public contract, through SmallRye Config as the application reads them.
 */
class AppCredentialsTest {

    @Test
    void clientIdAndSecretAreComplete() {
        assertTrue(fromEnvironment("SPOTIFY_CLIENT_ID", "id", "SPOTIFY_CLIENT_SECRET", "secret").complete());
    }

    @Test
    void clientIdAndSecretParameterAreComplete() {
        assertTrue(fromEnvironment("SPOTIFY_CLIENT_ID", "id",
                "SPOTIFY_CLIENT_SECRET_PARAMETER", "/music-butler/spotify-client-secret").complete());
    }

    @Test
    void secretAndParameterTogetherAreNot() {
        AppCredentials both = fromEnvironment("SPOTIFY_CLIENT_ID", "id", "SPOTIFY_CLIENT_SECRET", "secret",
                "SPOTIFY_CLIENT_SECRET_PARAMETER", "/music-butler/spotify-client-secret");

        assertFalse(both.complete());
        assertTrue(both.twoSecrets());
    }

    @Test
    void aBlankSecretIsNoSecret() {
        assertFalse(fromEnvironment("SPOTIFY_CLIENT_ID", "id", "SPOTIFY_CLIENT_SECRET", " ").complete());
    }

    @Test
    void noClientIdIsNot() {
        assertFalse(fromEnvironment("SPOTIFY_CLIENT_SECRET_PARAMETER", "/music-butler/spotify-client-secret").complete());
    }

    @Test
    void nothingSetMeansNoCredentials() {
        AppCredentials none = fromEnvironment();

        assertFalse(none.complete());
        assertFalse(none.twoSecrets());
    }

    @Test
    void withNothingSetEachSettingIsTheReadmesDefault() {
        ConfigurationTable.assertDocumented(AppCredentials.class);
    }

    @Test
    void spotifysOwnSettingsShareThePrefixWithoutTakingTheCredentials() {
        var config = builder(Map.of("SPOTIFY_CLIENT_ID", "id", "SPOTIFY_API_URL", "http://localhost:8089/v1")).build();

        assertEquals("id", config.getConfigMapping(AppCredentials.class).clientId().orElseThrow());
        assertEquals("http://localhost:8089/v1", config.getConfigMapping(SpotifyConfig.class).apiUrl());
    }

    private static AppCredentials fromEnvironment(String... namesAndValues) {
        Map<String, String> environment = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            environment.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return builder(environment).build().getConfigMapping(AppCredentials.class);
    }

    private static SmallRyeConfigBuilder builder(Map<String, String> environment) {
        return Settings.builder()
                .withMapping(AppCredentials.class)
                .withMapping(SpotifyConfig.class)
                .withSources(new EnvConfigSource(environment, 300))
                .withSources(new PropertiesConfigSource(Map.of(), "empty", 100));
    }
}
