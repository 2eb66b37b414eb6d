package io.github.musicbutler.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import io.github.musicbutler.matching.SpokenNameMatcher;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.spotify.Playable;
import io.github.musicbutler.spotify.SearchResults;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * The one place that decides what "play …" and "queue …" mean in Spotify's catalog: one search, then a clear best
 * result, a few plausible ones to choose from, or nothing. Every handler that plays or queues from the catalog asks
 * this class (through {@link PlayFromCatalog}); none decides on its own.
 * <ul>
 * <li>A result whose name is what was heard (as {@link SpokenNameMatcher#sameName} hears names) is clear. When
 * results of several kinds have that name, an artist wins over a song of theirs, a song over the single (album)
 * of the same name by the same artist; otherwise the listener is asked.</li>
 * <li>Otherwise the names are matched as playlist names are: clear, two close ones, one near one.</li>
 * <li>Nothing near: Spotify's own top results (the best of each kind) are offered, if there are any.</li>
 * </ul>
 * "Play ‹song› by ‹artist›" searches with Spotify's field filters ({@code track:"…" artist:"…"}), so only that
 * artist's songs come back.
 */
public final class CatalogResolver {

    /** What kind of thing was asked for: anything ("play daft punk"), or the kind the words named. */
    public enum Kind {
        ANYTHING("track,artist,album"), SONG("track"), ALBUM("album"), ARTIST("artist");

        private final String types;

        Kind(String types) {
            this.types = types;
        }
    }

    /**
     * What the listener asked for.
     *
     * @param artist     the artist named with "by …", or {@code null}
     * @param alsoHeardAs other readings of the name that count as it ("life on the mars" for "life on mars": Alexa
     *                    does not say which joining words it took out of "play life on mars")
     */
    public record Wanted(Kind kind, String name, String artist, List<String> alsoHeardAs) {

        public Wanted {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(name);
            artist = artist == null || artist.isBlank() ? null : artist.strip();
            name = name.strip();
            alsoHeardAs = List.copyOf(alsoHeardAs);
        }

        public Wanted(Kind kind, String name, String artist) {
            this(kind, name, artist, List.of());
        }

        /** The first of {@code names} is searched and said; every one counts as the name. */
        public static Wanted anyOf(Kind kind, List<String> names, String artist) {
            return new Wanted(kind, names.getFirst(), artist, names.subList(1, names.size()));
        }

        boolean isNamed(SpokenNameMatcher names, String name) {
            return names.sameName(this.name, name)
                    || alsoHeardAs.stream().anyMatch(reading -> names.sameName(reading, name));
        }
    }

    /** What the catalog gave. */
    public sealed interface Resolution {
        /** One result is clearly meant. */
        record Clear(Playable playable) implements Resolution { }

        /** Some plausible results, in the order offered (one: "did you mean …?"). */
        record Several(List<Playable> options) implements Resolution { }

        /** Nothing at all. */
        record Nothing() implements Resolution { }
    }

    /** Results asked for per kind: enough to find the one named, few enough to fit Spotify's limit. */
    static final int CANDIDATES = 5;

    private CatalogResolver() {
    }

    public static Resolution resolve(SpotifySession catalog, Wanted wanted, Locale locale) {
        SearchResults found = catalog.search(query(wanted), wanted.kind().types, CANDIDATES, locale);
        List<Playable> artists = found.artistList().stream().map(Playable::of).toList();
        List<Playable> songs = found.trackList().stream().map(Playable::of).toList();
        List<Playable> albums = found.albumList().stream().map(Playable::of).toList();
        List<Playable> all = new ArrayList<>(artists);
        all.addAll(songs);
        all.addAll(albums);
        if (all.isEmpty()) {
            return new Resolution.Nothing();
        }
        SpokenNameMatcher names = SpokenNameMatcher.in(locale);
        List<Playable> named = new ArrayList<>();
        for (List<Playable> kind : List.of(artists, songs, albums)) {
            kind.stream().filter(result -> wanted.isNamed(names, result.name())).findFirst()
                    .ifPresent(named::add);
        }
        if (!named.isEmpty()) {
            return sameNamed(names, named);
        }
        return switch (names.match(wanted.name(), all, Playable::name)) {
            case Match.Clear<Playable> clear -> new Resolution.Clear(clear.choice());
            case Match.Close<Playable> close -> new Resolution.Several(List.of(close.first(), close.second()));
            case Match.Suggestion<Playable> near -> new Resolution.Several(List.of(near.guess()));
            case Match.None<Playable> none -> new Resolution.Several(
                    List.of(songs, artists, albums).stream().filter(kind -> !kind.isEmpty()).map(List::getFirst)
                            .limit(CatalogSearch.RESULTS).toList());
        };
    }

    /**
     * Results of different kinds with the name heard (at most one of each, artists first, then songs, then albums):
     * all by one artist (Weezer and their album Weezer, the song Thriller and the album Thriller) is clear, the first
     * of them; by different artists, the listener is asked.
     */
    private static Resolution sameNamed(SpokenNameMatcher names, List<Playable> named) {
        String maker = maker(named.getFirst());
        boolean oneMaker = maker != null && named.stream().map(CatalogResolver::maker)
                .allMatch(other -> other != null && names.sameName(maker, other));
        return named.size() == 1 || oneMaker ? new Resolution.Clear(named.getFirst()) : new Resolution.Several(named);
    }

    private static String maker(Playable result) {
        return result.kind() == Playable.Kind.ARTIST ? result.name() : result.by();
    }

    /** The search words: Spotify's field filters when the kind and the artist are known. */
    static String query(Wanted wanted) {
        if (wanted.artist() == null) {
            return wanted.name();
        }
        String field = switch (wanted.kind()) {
            case ALBUM -> "album";
            case ARTIST -> "artist";
            case SONG, ANYTHING -> "track";
        };
        return field + ":" + quoted(wanted.name()) + " artist:" + quoted(wanted.artist());
    }

    private static String quoted(String words) {
        return "\"" + words.replace("\"", "") + "\"";
    }
}
