package io.github.musicbutler.playlists;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * "Add this song to …" from what {@code ./mvnw verify} built ({@code function.zip}, or the native executable): the
 * profile's id, a playlist's owner id and collaborative flag as Jackson reads them, and the body of
 * {@code POST /playlists/{id}/items} as it writes it.
 */
@QuarkusIntegrationTest
class AddToPlaylistIT extends AddToPlaylistTest {
}
