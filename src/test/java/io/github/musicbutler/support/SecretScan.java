package io.github.musicbutler.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one check that a text (a captured log) holds none of a list of secrets, in any of the forms a secret takes on
 * its way through HTTP and logging: as it is, URL-encoded (form and path style), JSON-escaped, and Base64 or
 * Base64url, also as part of a longer encoded value (a Basic header, a JWT, a body logged in Base64), at each of the
 * three byte alignments it can have there.
 */
public final class SecretScan {

    /** A value that must not appear, and what it is, for the failure message. */
    public record Secret(String name, String value) {

        public Secret {
            if (value == null || value.length() < 8) {
                throw new IllegalArgumentException(name + " is too short to search for without false alarms");
            }
        }
    }

    private SecretScan() {
    }

    public static Secret secret(String name, String value) {
        return new Secret(name, value);
    }

    /** Fails naming the secret, the form it was found in and the line, if {@code output} holds any of them. */
    public static void assertNoSecretIn(String output, List<Secret> secrets) {
        for (Secret secret : secrets) {
            for (Map.Entry<String, String> form : forms(secret.value()).entrySet()) {
                int at = output.indexOf(form.getValue());
                if (at >= 0) {
                    fail(secret.name() + " found " + form.getKey() + " in:\n" + lineAt(output, at));
                }
            }
        }
    }

    static Map<String, String> forms(String value) {
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("as it is", value);
        forms.put("URL-encoded", URLEncoder.encode(value, StandardCharsets.UTF_8));
        forms.put("percent-encoded", URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        forms.put("JSON-escaped", value.replace("\\", "\\\\").replace("\"", "\\\"").replace("/", "\\/"));
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        for (int skip = 0; skip < 3; skip++) {
            // Inside a longer Base64 text the value's bytes start at any offset; the characters that encode only its
            // own bytes are the same at the same offset modulo 3.
            byte[] whole = Arrays.copyOfRange(bytes, skip, skip + (bytes.length - skip) / 3 * 3);
            String base64 = Base64.getEncoder().withoutPadding().encodeToString(whole);
            if (base64.length() >= 8) {
                forms.put("in Base64 (offset " + skip + ")", base64);
                forms.put("in Base64url (offset " + skip + ")", base64.replace('+', '-').replace('/', '_'));
            }
        }
        forms.values().removeIf(String::isEmpty);
        return forms;
    }

    private static String lineAt(String output, int at) {
        int start = output.lastIndexOf('\n', at) + 1;
        int end = output.indexOf('\n', at);
        return output.substring(start, end < 0 ? output.length() : end);
    }
}
