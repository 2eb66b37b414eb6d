package io.github.musicbutler.spotify;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A track or an episode, as far as the skill talks about it; {@code durationMs}, its length, may be missing.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PlayableItem(String type, String uri, String name, List<Artist> artists, Album album, Show show,
        Long durationMs) {

    /** The show an episode belongs to. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Show(String name, List<Artwork> images) {
    }

    /** Who made it: the artists' names, or the show's for an episode. */
    public List<String> makers() {
        if (artists != null && !artists.isEmpty()) {
            // an artist without a name (the description makes it optional) is not said (issue 25)
            return artists.stream().filter(a -> a != null && a.name() != null && !a.name().isBlank())
                    .map(Artist::name).toList();
        }
        return show == null || show.name() == null ? List.of() : List.of(show.name());
    }

    public List<Artwork> artwork() {
        if (album != null && album.images() != null) {
            return album.images();
        }
        return show == null || show.images() == null ? List.of() : show.images();
    }
}
