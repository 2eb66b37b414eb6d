package io.github.musicbutler.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Playing a search result of every kind, and Spotify's refusals (an expired link, no active device, no Premium, an
 * artist it cannot open) spoken by the one failure handler, from what
 * {@code ./mvnw verify} built ({@code function.zip}, or the native executable).
 */
@QuarkusIntegrationTest
class PlaySearchResultIT extends PlaySearchResultTest {
}
