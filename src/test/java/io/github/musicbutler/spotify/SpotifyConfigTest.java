package io.github.musicbutler.spotify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The skill can get its own token with the client id and exactly one source of the secret. */
class SpotifyConfigTest {

    @Test
    void clientIdAndSecretAreComplete() {
        assertTrue(credentials("id", "secret", null).hasAppCredentials());
    }

    @Test
    void clientIdAndSecretParameterAreComplete() {
        assertTrue(credentials("id", null, "/music-butler/spotify-client-secret").hasAppCredentials());
    }

    @Test
    void secretAndParameterTogetherAreNot() {
        assertFalse(credentials("id", "secret", "/music-butler/spotify-client-secret").hasAppCredentials());
    }

    @Test
    void noSecretAtAllIsNot() {
        assertFalse(credentials("id", " ", null).hasAppCredentials());
    }

    @Test
    void noClientIdIsNot() {
        assertFalse(credentials(null, null, "/music-butler/spotify-client-secret").hasAppCredentials());
    }

    private static SpotifyConfig credentials(String clientId, String secret, String parameter) {
        Map<String, Optional<String>> values = new HashMap<>();
        values.put("clientId", Optional.ofNullable(clientId));
        values.put("clientSecret", Optional.ofNullable(secret));
        values.put("clientSecretParameter", Optional.ofNullable(parameter));
        InvocationHandler handler = (proxy, method, args) -> method.isDefault()
                ? InvocationHandler.invokeDefault(proxy, method, args)
                : values.get(method.getName());
        return (SpotifyConfig) Proxy.newProxyInstance(SpotifyConfig.class.getClassLoader(),
                new Class<?>[] { SpotifyConfig.class }, handler);
    }
}
