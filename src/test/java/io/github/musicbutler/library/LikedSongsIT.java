package io.github.musicbutler.library;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Liked songs from what {@code ./mvnw verify} built ({@code function.zip}, or the native executable): the saved-tracks
 * page ({@code SavedTrack} in {@code Page}) and the play request as the deployed function reads and writes them.
 */
@QuarkusIntegrationTest
class LikedSongsIT extends LikedSongsTest {
}
