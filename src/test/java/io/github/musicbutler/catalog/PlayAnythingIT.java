package io.github.musicbutler.catalog;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * "Play daft punk", "play the album …", "play something by …", "queue …", "add this to the queue", in English and
 * German, with Spotify's refusals (nothing found, Premium required, no active device, a 429 during the lookup),
 * from what {@code ./mvnw verify} built ({@code function.zip}, or the native executable).
 */
@QuarkusIntegrationTest
class PlayAnythingIT extends PlayAnythingTest {
}
