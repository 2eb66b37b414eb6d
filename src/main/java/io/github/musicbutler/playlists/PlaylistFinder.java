package io.github.musicbutler.playlists;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.github.musicbutler.spotify.AndDevices;
import io.github.musicbutler.spotify.Page;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.SpotifyConfig;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * Reads the user's playlists to find one of them, however big the library: the first page says how many there are,
 * then the other pages are read at the same time ({@link SpotifyConfig#pageConcurrency()} at once, up to
 * {@link SpotifyConfig#maxPlaylists()}). Reading stops early once a page holds a playlist that is wanted (the rest
 * could not beat it), and ends when only {@link SpotifyConfig#readingReserve()} of the request's time is left, so the
 * call that follows still fits: then {@link PlaylistLibrary#cutShort()} says that the library was not searched
 * through.
 */
@Singleton
public class PlaylistFinder {

    private static final Logger LOG = Logger.getLogger(PlaylistFinder.class);

    private final SpotifyConfig config;

    PlaylistFinder(SpotifyConfig config) {
        this.config = config;
    }

    /** The user's playlists, read until one is {@code wanted} (or the time for reading is up). */
    public PlaylistLibrary until(SpotifySession spotify, Predicate<Playlist> wanted) {
        int size = config.pageSize();
        Page<Playlist> first = spotify.playlists(size, 0);
        if (first.next() == null || first.items().isEmpty() || first.items().stream().anyMatch(wanted)) {
            return new PlaylistLibrary(first.items(), first.total(), false);
        }
        int total = Math.min(first.total(), config.maxPlaylists());
        List<Integer> offsets = new ArrayList<>();
        for (int offset = first.items().size(); offset < total; offset += size) {
            offsets.add(offset);
        }
        Duration reading = spotify.timeLeft().minus(config.readingReserve());
        List<Page<Playlist>> rest = spotify.playlistPages(size, offsets, config.pageConcurrency(),
                page -> page.items().stream().anyMatch(wanted), reading);
        boolean found = rest.stream().anyMatch(page -> page.items().stream().anyMatch(wanted));
        List<Playlist> all = Stream.concat(Stream.of(first), rest.stream()).flatMap(page -> page.items().stream()).toList();
        boolean cutShort = !found && all.size() < first.total();
        if (cutShort) {
            LOG.infof("Read %d of %d playlists within the request's time", all.size(), first.total());
        }
        return new PlaylistLibrary(all, first.total(), cutShort);
    }

    /** {@link #until} and the user's devices at the same time, for "play … on the kitchen speaker". */
    public AndDevices<PlaylistLibrary> untilAndDevices(SpotifySession spotify, Predicate<Playlist> wanted) {
        return spotify.andDevices(() -> until(spotify, wanted));
    }
}
