package io.github.musicbutler.playlists;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The user's own Spotify (listing, paging, playing by name, did-you-mean and its answers), from what
 * {@code ./mvnw verify} built ({@code function.zip}, or the native executable): the REST client, the response
 * records and the dialogue state as the deployed function reads and writes them.
 */
@QuarkusIntegrationTest
class PlaylistsIT extends PlaylistsTest {
}
