package io.github.musicbutler.spotify;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The body of {@code POST /playlists/{id}/items}: the URIs to append (in the body rather than the query, as
 * Spotify's description recommends).
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record AddItemsRequest(List<String> uris) {

    public AddItemsRequest {
        uris = List.copyOf(uris);
    }
}
