package io.github.musicbutler.playlists;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The user's own Spotify (listing, paging, playing by name, did-you-mean and its answers), from the native
 * executable ({@code ./mvnw verify -Dnative}): the REST client, the response records and the dialogue state as
 * a native image reads and writes them.
 */
@QuarkusIntegrationTest
class PlaylistsNativeIT extends PlaylistsTest {
}
