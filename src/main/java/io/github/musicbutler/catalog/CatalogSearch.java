package io.github.musicbutler.catalog;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import io.github.musicbutler.spotify.Playable;
import io.github.musicbutler.spotify.SearchResults;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * The three ways of searching Spotify's catalog, each giving the results that are read out.
 */
final class CatalogSearch {

    /** How many results are read out: more is hard to remember by ear. */
    static final int RESULTS = 3;

    private CatalogSearch() {
    }

    /** "Search for ...": the best song, artist and album. */
    static List<Playable> anything(SpotifySession catalog, String query, Locale locale) {
        SearchResults found = catalog.search(query, "track,artist,album", 1, locale);
        return Stream.of(
                        found.trackList().stream().map(Playable::of),
                        found.artistList().stream().map(Playable::of),
                        found.albumList().stream().map(Playable::of))
                .flatMap(results -> results)
                .toList();
    }

    /** "Find playlists about ...". */
    static List<Playable> playlists(SpotifySession catalog, String query, Locale locale) {
        return catalog.search(query, "playlist", RESULTS, locale).playlistList().stream()
                .map(Playable::of).limit(RESULTS).toList();
    }

    /** "Find songs by ...". */
    static List<Playable> songsBy(SpotifySession catalog, String artist, Locale locale) {
        String query = "artist:\"" + artist.replace("\"", "") + "\"";
        return catalog.search(query, "track", RESULTS, locale).trackList().stream()
                .map(Playable::of).limit(RESULTS).toList();
    }
}
