package io.github.musicbutler.dialogue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What the skill is waiting for in the open session: the one question it asked last. Kept by {@link Dialogue}
 * under one session key and replaced as a whole by the next question, so no answer can meet the leftovers of an
 * earlier one.
 */
@RegisterForReflection
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "waitingFor")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Choice.class, name = "choice"),
        @JsonSubTypes.Type(value = MorePlaylists.class, name = "more-playlists")
})
public sealed interface Question permits Choice, MorePlaylists {
}
