package io.github.musicbutler.dialogue;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Catalog search with the app's own token (the OIDC client against an in-process accounts server) and the
 * follow-ups it opens, from the native executable ({@code ./mvnw verify -Dnative}): the search results and the
 * typed dialogue state are what Jackson reads and writes by reflection there.
 */
@QuarkusIntegrationTest
class FollowUpNativeIT extends FollowUpTest {
}
