package io.github.musicbutler.support;

import static io.github.musicbutler.support.SecretScan.assertNoSecretIn;
import static io.github.musicbutler.support.SecretScan.secret;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class SecretScanTest {

    private static final String SECRET = "9b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d";

    @Test
    void findsTheSecretAsItIs() {
        assertFound("token request: client_secret=" + SECRET, SECRET);
    }

    @Test
    void findsItInABasicHeaderWithTheClientIdBeforeIt() {
        for (String clientId : List.of("5f3c1b9e7a2d4c6e8f0a1b2c3d4e5f60", "abcd", "abcde")) {
            assertFound("authorization=Basic " + base64(clientId + ":" + SECRET), SECRET);
        }
    }

    @Test
    void findsItInsideALongerBase64Text() {
        assertFound("body: " + base64("{\"Parameter\":{\"Value\":\"" + SECRET + "\"}}"), SECRET);
    }

    @Test
    void findsAQueryUrlEncoded() {
        assertFound("GET /v1/search?q=my+secret+crush+song&type=track", "my secret crush song");
        assertFound("GET /v1/search?q=my%20secret%20crush%20song&type=track", "my secret crush song");
    }

    @Test
    void findsAKeyJsonEscaped() {
        assertFound("{\"SecretAccessKey\":\"kT9x\\/2bQwErTy8uIoPaSdFgHjKlZxCvBnM5w+Ab7\"}", "kT9x/2bQwErTy8uIoPaSdFgHjKlZxCvBnM5w+Ab7");
    }

    @Test
    void passesATextWithoutTheSecret() {
        assertNoSecretIn("Request: GET /v1/search?q=…&type=… Headers[Authorization=<hidden>]", List.of(secret("secret", SECRET)));
    }

    private static void assertFound(String output, String value) {
        AssertionError failure = assertThrows(AssertionError.class,
                () -> assertNoSecretIn(output, List.of(secret("the secret", value))));
        assertTrue(failure.getMessage().startsWith("the secret found"), failure.getMessage());
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
