package io.github.musicbutler.spotify;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A podcast (SimplifiedShowObject): a search result, or one the listener follows. {@code totalEpisodes} counts the
 * episodes in the market asked for; {@code images} may be empty.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Show(String id, String uri, String name, String publisher, List<Artwork> images, Integer totalEpisodes,
        Boolean explicit) {

    /**
     * Whether it can be asked for: an id of Spotify's form, which the description only calls a string (a blank one
     * went into the path as {@code /shows/%20/episodes}).
     */
    public boolean usable() {
        return id != null && SpotifyIds.isId(id) && name != null;
    }
}
