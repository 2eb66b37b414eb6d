package io.github.musicbutler.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.musicbutler.i18n.Speech;

/**
 * One search result as the skill speaks, remembers and plays it.
 *
 * @param by       the artist (songs, albums) or the owner (playlists); {@code null} for artists
 * @param imageUrl cover or portrait for the card; not kept in the session
 */
public record CatalogItem(Type type, String name, String uri, String by, String imageUrl) {

    public enum Type {
        TRACK, ALBUM, ARTIST, PLAYLIST;

        /** Songs are started by their URI, everything else as a context that plays from its start. */
        public boolean isContext() {
            return this != TRACK;
        }
    }

    static CatalogItem of(SearchResponse.Track track) {
        return new CatalogItem(Type.TRACK, track.name(), track.uri(), firstArtist(track.artists()), null);
    }

    static CatalogItem of(SearchResponse.Album album) {
        return new CatalogItem(Type.ALBUM, album.name(), album.uri(), firstArtist(album.artists()), firstImage(album.images()));
    }

    static CatalogItem of(SearchResponse.Artist artist) {
        return new CatalogItem(Type.ARTIST, artist.name(), artist.uri(), null, firstImage(artist.images()));
    }

    static CatalogItem of(SearchResponse.Playlist playlist) {
        String owner = playlist.owner() == null ? null : playlist.owner().displayName();
        return new CatalogItem(Type.PLAYLIST, playlist.name(), playlist.uri(), owner, firstImage(playlist.images()));
    }

    /** SSML: "One More Time by Daft Punk", "the album Discovery by Daft Punk", "the artist Daft Punk". */
    public String spoken(Speech speech) {
        return speech.say(key(), name, Optional.ofNullable(by).orElse(""));
    }

    /** The same as plain text, for cards. */
    public String written(Speech speech) {
        return speech.text(key(), name, Optional.ofNullable(by).orElse(""));
    }

    private String key() {
        String key = "catalog." + type.name().toLowerCase();
        return by == null || by.isBlank() || type == Type.PLAYLIST ? key : key + ".by";
    }

    /** What the session keeps of it, so that "play the first one" can start it next turn. */
    Map<String, String> toSessionAttribute() {
        Map<String, String> attribute = new LinkedHashMap<>();
        attribute.put("type", type.name());
        attribute.put("name", name);
        attribute.put("uri", uri);
        if (by != null) {
            attribute.put("by", by);
        }
        return attribute;
    }

    static CatalogItem fromSessionAttribute(Map<?, ?> attribute) {
        return new CatalogItem(Type.valueOf(String.valueOf(attribute.get("type"))), (String) attribute.get("name"),
                (String) attribute.get("uri"), (String) attribute.get("by"), null);
    }

    private static String firstArtist(List<SearchResponse.ArtistName> artists) {
        return artists == null ? null : artists.stream().map(SearchResponse.ArtistName::name).findFirst().orElse(null);
    }

    private static String firstImage(List<SearchResponse.Image> images) {
        return images == null ? null : images.stream().map(SearchResponse.Image::url).findFirst().orElse(null);
    }
}
