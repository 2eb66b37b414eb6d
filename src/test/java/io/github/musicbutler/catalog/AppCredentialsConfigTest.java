package io.github.musicbutler.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The skill can get its own token with the client id and exactly one source of the secret. */
class AppCredentialsConfigTest {

    @Test
    void clientIdAndSecretAreComplete() {
        assertTrue(credentials("id", "secret", null).complete());
    }

    @Test
    void clientIdAndSecretParameterAreComplete() {
        assertTrue(credentials("id", null, "/music-butler/spotify-client-secret").complete());
    }

    @Test
    void secretAndParameterTogetherAreNot() {
        assertFalse(credentials("id", "secret", "/music-butler/spotify-client-secret").complete());
    }

    @Test
    void noSecretAtAllIsNot() {
        assertFalse(credentials("id", " ", null).complete());
    }

    @Test
    void noClientIdIsNot() {
        assertFalse(credentials(null, null, "/music-butler/spotify-client-secret").complete());
    }

    private static AppCredentialsConfig credentials(String clientId, String secret, String parameter) {
        return new AppCredentialsConfig() {
            @Override
            public String accountsUrl() {
                return "https://accounts.spotify.com";
            }

            @Override
            public Optional<String> clientId() {
                return Optional.ofNullable(clientId);
            }

            @Override
            public Optional<String> clientSecret() {
                return Optional.ofNullable(secret);
            }

            @Override
            public Optional<String> clientSecretParameter() {
                return Optional.ofNullable(parameter);
            }
        };
    }
}
