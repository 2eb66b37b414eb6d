package io.github.musicbutler.spotify;

import java.util.List;

/**
 * The user's newest liked songs, newest first, as far as one page of {@code GET /me/tracks} holds them
 * ({@link SpotifySession#LIKED_SONGS_LIMIT}), without local files (which Spotify cannot start remotely).
 *
 * @param total   how many songs the library holds in all
 * @param devices the user's devices, when they were asked for at the same time; otherwise empty
 */
public record LikedSongs(List<PlayableItem> songs, int total, List<Device> devices) {

    /** Whether only the newest part of the library can be played. */
    public boolean cutShort() {
        return total > songs.size();
    }
}
