package io.github.musicbutler.library;

import java.util.Comparator;
import java.util.List;

import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.Page;
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.SavedTrack;

/**
 * The user's newest liked songs, newest first, as far as one page of {@code GET /me/tracks} holds them
 * ({@link #LIMIT}), without local files (which Spotify cannot start remotely).
 *
 * @param total   how many songs the library holds in all
 * @param devices the user's devices, when they were asked for at the same time; otherwise empty
 */
public record LikedSongs(List<PlayableItem> songs, int total, List<Device> devices) {

    /**
     * How many liked songs one start plays: the most {@code GET /me/tracks} gives in one page. The Web API has no
     * context URI for the liked songs (valid contexts are albums, artists and playlists), so they are started as
     * a list of song URIs.
     */
    public static final int LIMIT = 50;

    /** The songs of the first page of the library that Spotify can start, newest first. */
    static LikedSongs of(Page<SavedTrack> page, List<Device> devices) {
        // Spotify lists them newest first; sorted again by the date saved, so that it does not rest on that alone.
        List<PlayableItem> songs = page.items().stream()
                .filter(saved -> saved != null && saved.track() != null && saved.track().uri() != null
                        && !saved.track().uri().startsWith("spotify:local:"))
                .sorted(Comparator.comparing(SavedTrack::addedAt,
                        Comparator.nullsLast(Comparator.<String>reverseOrder())))
                .map(SavedTrack::track)
                .toList();
        return new LikedSongs(songs, Math.max(page.total(), songs.size()), devices);
    }

    /** Whether only the newest part of the library can be played. */
    public boolean cutShort() {
        return total > songs.size();
    }
}
