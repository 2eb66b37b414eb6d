package io.github.musicbutler.playlists;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Shuffling a playlist from what {@code ./mvnw verify} built ({@code function.zip}, or the native executable): the
 * play request's {@code offset} as Jackson writes it, and the shuffled "Did you mean …?" kept in the session.
 */
@QuarkusIntegrationTest
class ShufflePlaylistIT extends ShufflePlaylistTest {
}
