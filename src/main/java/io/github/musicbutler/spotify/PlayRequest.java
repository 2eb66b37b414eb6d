package io.github.musicbutler.spotify;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The body of {@code PUT /me/player/play}: a playlist, album or artist plays as a context, songs by their URIs.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlayRequest(String contextUri, List<String> uris) {

    static PlayRequest context(String contextUri) {
        return new PlayRequest(contextUri, null);
    }

    static PlayRequest tracks(String... uris) {
        return new PlayRequest(null, List.of(uris));
    }
}
