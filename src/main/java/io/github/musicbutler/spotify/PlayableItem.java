package io.github.musicbutler.spotify;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A track or an episode, as far as the skill talks about it; {@code durationMs}, its length, may be missing. An
 * episode's {@code releaseDate} (with {@code releaseDatePrecision}) is when it came out; tracks have none.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PlayableItem(String type, String uri, String name, List<Artist> artists, Album album, Show show,
        Long durationMs, String releaseDate, String releaseDatePrecision, List<Artwork> images) {

    /** Whether this is a podcast's episode. */
    public boolean isEpisode() {
        return "episode".equals(type);
    }

    /** When the episode came out; empty for tracks and episodes without a date. */
    public Optional<ReleaseDate> released() {
        return ReleaseDate.of(releaseDate, releaseDatePrecision);
    }

    /** The show an episode belongs to. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Show(String name, String uri, List<Artwork> images) {
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
        if (images != null && !images.isEmpty()) {
            // an episode's own picture; Spotify may send none (missing images), then its show's
            return images;
        }
        return show == null || show.images() == null ? List.of() : show.images();
    }
}
