package io.github.musicbutler.playlists;

import java.util.List;

import io.github.musicbutler.spotify.Playlist;

/**
 * The user's playlists as read to find one of them ({@link PlaylistFinder}).
 *
 * @param read     the playlists read, in Spotify's order
 * @param total    how many playlists the user has
 * @param cutShort the request's time ran out before all of them were read and the one wanted was not among
 *                 those read: a name not found may still be there
 */
public record PlaylistLibrary(List<Playlist> read, int total, boolean cutShort) {

    public PlaylistLibrary {
        read = List.copyOf(read);
    }
}
