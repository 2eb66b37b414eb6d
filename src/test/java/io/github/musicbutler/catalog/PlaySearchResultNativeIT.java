package io.github.musicbutler.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Playing a search result of every kind, and Spotify's refusals (an expired link, no active device, no Premium, an
 * artist it cannot open) spoken by the one failure handler, from the native executable
 * ({@code ./mvnw verify -Dnative}).
 */
@QuarkusIntegrationTest
class PlaySearchResultNativeIT extends PlaySearchResultTest {
}
