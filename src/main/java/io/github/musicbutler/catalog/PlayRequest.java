package io.github.musicbutler.catalog;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The body of {@code PUT /me/player/play}: an album, artist or playlist plays as a context, a song by its URI.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlayRequest(@JsonProperty("context_uri") String contextUri, List<String> uris) {

    static PlayRequest of(CatalogItem item) {
        return item.type().isContext() ? new PlayRequest(item.uri(), null) : new PlayRequest(null, List.of(item.uri()));
    }
}
