package io.github.musicbutler.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Searches Spotify's catalog with the app's own token, so it works for users who have not linked Spotify.
 */
@Singleton
public class CatalogSearch {

    /** How many results are read out: more is hard to remember by ear. */
    static final int RESULTS = 3;

    /** Alexa waits about 8 seconds for the whole answer, token included. */
    private static final Duration DEADLINE = Duration.ofSeconds(6);

    private final SpotifyCatalogApi catalog;
    private final AppCredentialsConfig credentials;

    CatalogSearch(@RestClient SpotifyCatalogApi catalog, AppCredentialsConfig credentials) {
        this.catalog = catalog;
        this.credentials = credentials;
    }

    /** "Search for ...": the best song, artist and album. */
    public List<CatalogItem> anything(String query, Locale locale) {
        SearchResponse found = search(query, "track,artist,album", 1, locale);
        return Stream.of(
                tracks(found).stream(),
                pageOf(found.artists()).stream().map(CatalogItem::of),
                pageOf(found.albums()).stream().map(CatalogItem::of))
                .flatMap(items -> items)
                .toList();
    }

    /** "Find playlists about ...". */
    public List<CatalogItem> playlists(String query, Locale locale) {
        SearchResponse found = search(query, "playlist", RESULTS, locale);
        return pageOf(found.playlists()).stream().map(CatalogItem::of).limit(RESULTS).toList();
    }

    /** "Find songs by ...". */
    public List<CatalogItem> songsBy(String artist, Locale locale) {
        String query = "artist:\"" + artist.replace("\"", "") + "\"";
        return tracks(search(query, "track", RESULTS, locale)).stream().limit(RESULTS).toList();
    }

    private SearchResponse search(String query, String types, int limit, Locale locale) {
        if (!credentials.complete()) {
            // Without credentials the OIDC client is disabled and its filter would send the call without a token.
            throw CatalogException.notConfigured();
        }
        try {
            return catalog.search(query, types, Math.min(limit, SpotifyCatalogApi.MAX_LIMIT), market(locale))
                    .await().atMost(DEADLINE);
        } catch (RuntimeException failure) {
            throw CatalogException.searchFailed(failure);
        }
    }

    private static List<CatalogItem> tracks(SearchResponse found) {
        return pageOf(found.tracks()).stream().map(CatalogItem::of).toList();
    }

    private static <T> List<T> pageOf(SearchResponse.Page<T> page) {
        return page == null ? List.of() : page.present();
    }

    /** The listener's country (en-GB: GB), so that results are playable where they are. */
    private static String market(Locale locale) {
        return locale.getCountry().isEmpty() ? null : locale.getCountry();
    }
}
