package io.github.musicbutler.spotify;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The body of {@code PUT /me/player/play}: a playlist, album or artist plays as a context, songs by their URIs;
 * {@code offset} (playlists, albums and a list of songs) picks the entry playback starts at, {@code positionMs} where in the
 * first item (an episode started where the listener stopped).
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlayRequest(String contextUri, List<String> uris, Offset offset, Long positionMs) {

    /** Where in a context playback starts: {@code position} counts from 0. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Offset(int position) {
    }

    static PlayRequest context(String contextUri) {
        return new PlayRequest(contextUri, null, null, null);
    }

    static PlayRequest context(String contextUri, int position) {
        return new PlayRequest(contextUri, null, new Offset(position), null);
    }

    static PlayRequest tracks(String... uris) {
        return new PlayRequest(null, List.of(uris), null, null);
    }

    static PlayRequest tracks(List<String> uris) {
        return new PlayRequest(null, List.copyOf(uris), null, null);
    }

    /** Songs by their URIs, starting with the one at {@code position} (from 0). */
    static PlayRequest tracks(List<String> uris, int position) {
        return new PlayRequest(null, List.copyOf(uris), new Offset(position), null);
    }

    /** A context from its entry {@code position}, at {@code positionMs} in it when given (an audiobook's chapter). */
    static PlayRequest context(String contextUri, int position, Long positionMs) {
        return new PlayRequest(contextUri, null, new Offset(position), positionMs);
    }

    /** One episode by its URI, from {@code positionMs} when given. */
    static PlayRequest episode(String uri, Long positionMs) {
        return new PlayRequest(null, List.of(uri), null, positionMs);
    }
}
