package io.github.musicbutler.catalog;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer of {@code GET /search}: one page per requested type, absent for types not asked for. Only the fields
 * the skill speaks or plays.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchResponse(Page<Track> tracks, Page<Artist> artists, Page<Album> albums, Page<Playlist> playlists) {

    /** One page of results. Spotify sends {@code null} in place of items it withholds (seen for playlists). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page<T>(List<T> items) {

        public List<T> present() {
            return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
        }
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Track(String name, String uri, List<ArtistName> artists) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Album(String name, String uri, List<ArtistName> artists, List<Image> images) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Artist(String name, String uri, List<Image> images) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Playlist(String name, String uri, Owner owner, List<Image> images) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ArtistName(String name) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Owner(@JsonProperty("display_name") String displayName) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Image(String url, Integer width, Integer height) {
    }
}
