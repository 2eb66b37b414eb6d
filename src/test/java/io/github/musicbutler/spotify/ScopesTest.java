package io.github.musicbutler.spotify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.support.SpotifyContract;

/**
 * The scopes account linking asks for are exactly those the Spotify endpoints the skill calls require: none missing
 * (a real user would get 403), none extra (least privilege; every scope is a line on Spotify's consent screen).
 * What is required is derived from the REST client {@link SpotifyApi} (each method's HTTP method and path) and the
 * per-operation {@code security} of Spotify's published description, so an endpoint added to the client is covered
 * without touching this test.
 */
class ScopesTest {

    /**
     * Where an operation's scopes in the description are not what the skill's use of it needs, with the reason. The
     * only place such exceptions are made. Key: "METHOD template" as in the description.
     */
    static final Map<String, ScopeException> EXCEPTIONS = Map.of(
            "GET /me", new ScopeException(Set.of("user-read-private"),
                    "The description lists user-read-private and user-read-email. user-read-email only grants the "
                            + "`email` field, which the skill never reads (and which Spotify stopped sending in 2026)."),
            "GET /me/playlists", new ScopeException(Set.of("playlist-read-private", "playlist-read-collaborative"),
                    "Collaborative playlists are listed only with playlist-read-collaborative (Spotify's scopes "
                            + "guide: \"Include collaborative playlists when requesting a user's playlists\"); the "
                            + "description's security names only playlist-read-private. Without it a person's "
                            + "collaborative playlists are missing from 'what are my playlists' and can't be played."),
            "PUT /me/library", new ScopeException(Set.of("user-library-modify"),
                    "The description lists the scopes for every kind of URI the endpoint saves (user-library-modify "
                            + "for tracks, episodes and albums, user-follow-modify for artists and users, "
                            + "playlist-modify-public for playlists); the skill saves only the current track or "
                            + "episode, and the show of the episode playing (\"follow this podcast\"), which "
                            + "user-library-modify covers as it did for PUT /me/shows."));

    record ScopeException(Set<String> scopes, String reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ACCOUNT_LINKING = Path.of("account-linking.json");
    private static final Path TERRAFORM_OUTPUTS = Path.of("terraform/outputs.tf");
    private static final Path DOCS = Path.of("docs/account-linking.md");

    @Test
    void accountLinkingAsksForExactlyTheScopesTheCalledEndpointsNeed() throws IOException {
        Map<String, Set<String>> required = requiredScopes();
        Set<String> needed = new TreeSet<>();
        required.values().forEach(needed::addAll);
        Set<String> asked = accountLinkingScopes();

        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(asked);
        Set<String> extra = new TreeSet<>(asked);
        extra.removeAll(needed);
        assertTrue(missing.isEmpty() && extra.isEmpty(), () -> "account-linking.json's scopes " + asked
                + " differ from what the endpoints SpotifyApi calls require by Spotify's description.\n  missing (a real "
                + "user gets 403): " + missing + "\n  extra (least privilege): " + extra + "\n  required per operation: "
                + required);
    }

    @Test
    void terraformAsksForTheScopesOfAccountLinkingJson() throws IOException {
        // The module's output account_linking_request is account-linking.json's request with only the client's
        // credentials and URLs merged in: the scopes are the file's, not a second list.
        String outputs = Files.readString(TERRAFORM_OUTPUTS);
        assertTrue(outputs.contains("jsondecode(file(\"${path.module}/../account-linking.json\")).accountLinkingRequest"),
                "terraform/outputs.tf no longer renders the request from account-linking.json");
        assertFalse(Pattern.compile("\\bscopes\\s*=").matcher(outputs).find(),
                "terraform/outputs.tf sets scopes of its own instead of account-linking.json's");
        Path variables = Path.of("terraform/variables.tf");
        if (Files.exists(variables)) {
            assertFalse(Files.readString(variables).contains("scope"),
                    "terraform/variables.tf asks for scopes: account-linking.json is the one list");
        }
    }

    @Test
    void theEndpointsScopesAreRecordedExceptionsOnlyWhereTheClientCallsThem() {
        Map<String, Set<String>> required = requiredScopes();
        for (String operation : EXCEPTIONS.keySet()) {
            assertTrue(required.containsKey(operation), "a scope exception for " + operation
                    + ", which SpotifyApi does not call: remove it from ScopesTest.EXCEPTIONS");
        }
    }

    @Test
    void theDocsListEachScopeWithTheFeatureThatNeedsIt() throws IOException {
        Map<String, String> table = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z-]+)` \\| ([^|]+) \\|").matcher(Files.readString(DOCS));
        while (row.find()) {
            table.put(row.group(1), row.group(2).strip());
        }
        assertEquals(new TreeSet<>(accountLinkingScopes()), table.keySet(),
                "docs/account-linking.md's table of scopes lists other scopes than account-linking.json");
        table.forEach((scope, feature) -> assertFalse(feature.isBlank(), scope + " without the feature that needs it"));
    }

    /** The scopes each operation that {@link SpotifyApi} calls requires, by "METHOD template". */
    static Map<String, Set<String>> requiredScopes() {
        SpotifyContract contract = SpotifyContract.get();
        Map<String, Set<String>> required = new LinkedHashMap<>();
        for (Method method : SpotifyApi.class.getDeclaredMethods()) {
            String http = httpMethod(method);
            jakarta.ws.rs.Path path = method.getAnnotation(jakarta.ws.rs.Path.class);
            if (http == null || path == null) {
                continue;
            }
            String template = contract.template(path.value()).orElseThrow(() -> new AssertionError(
                    "SpotifyApi." + method.getName() + " calls " + http + " " + path.value()
                            + ", which Spotify's description does not have"));
            String operation = http + " " + template;
            ScopeException exception = EXCEPTIONS.get(operation);
            required.put(operation, new TreeSet<>(exception != null ? exception.scopes() : contract.scopes(http, template)));
        }
        return required;
    }

    private static String httpMethod(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return null;
    }

    static Set<String> accountLinkingScopes() throws IOException {
        JsonNode scopes = JSON.readTree(ACCOUNT_LINKING.toFile()).path("accountLinkingRequest").path("scopes");
        Set<String> asked = new TreeSet<>();
        scopes.forEach(scope -> asked.add(scope.asText()));
        return asked;
    }
}
