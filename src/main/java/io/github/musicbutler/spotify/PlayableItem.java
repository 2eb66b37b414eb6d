package io.github.musicbutler.spotify;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A track or an episode, as far as the skill talks about it.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PlayableItem(String type, String uri, String name, List<Artist> artists, Album album, Show show) {

    /** The album a track comes from (SimplifiedAlbumObject). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Album(String name, String uri, List<Artwork> images) {
    }

    /** The show an episode belongs to. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Show(String name, List<Artwork> images) {
    }

    /** "Daft Punk and Pharrell Williams": the artists, or the show for an episode, joined with {@code and}. */
    public String byline(String and) {
        if (artists != null && !artists.isEmpty()) {
            List<String> names = artists.stream().map(Artist::name).toList();
            if (names.size() == 1) {
                return names.getFirst();
            }
            return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                    + " " + and + " " + names.getLast();
        }
        return show == null ? "" : show.name();
    }

    public List<Artwork> artwork() {
        if (album != null && album.images() != null) {
            return album.images();
        }
        return show == null || show.images() == null ? List.of() : show.images();
    }
}
