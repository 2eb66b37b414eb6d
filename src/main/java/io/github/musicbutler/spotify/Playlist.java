package io.github.musicbutler.spotify;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A playlist (SimplifiedPlaylistObject), in the user's library or found by a search; {@code items} only says how
 * many entries it has.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Playlist(String id, String name, String uri, List<Artwork> images, Owner owner,
        @JsonProperty("items") ItemCount contents, boolean collaborative) {

    /** How many entries a playlist has ({@code items.total}). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ItemCount(int total) {
    }

    /** Whose playlist it is: {@code id} is the owner's Spotify user id (never logged). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Owner(String id, String displayName) {
    }

    /** Whether {@code userId} may add to it: their own, or one its owner opened to others. */
    public boolean editableBy(String userId) {
        return collaborative || (owner != null && owner.id() != null && owner.id().equals(userId));
    }

    public int size() {
        return contents == null ? 0 : contents.total();
    }
}
