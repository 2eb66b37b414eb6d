package io.github.musicbutler.dialogue;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Catalog search with the app's own token (the OIDC client against an in-process accounts server) and the
 * follow-ups it opens, from what {@code ./mvnw verify} built ({@code function.zip}, or the native executable):
 * the search results and the typed dialogue state are what Jackson reads and writes by reflection there.
 */
@QuarkusIntegrationTest
class FollowUpIT extends FollowUpTest {
}
