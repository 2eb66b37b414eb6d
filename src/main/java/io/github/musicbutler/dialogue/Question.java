package io.github.musicbutler.dialogue;

import com.fasterxml.jackson.annotation.JsonTypeInfo;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What the skill is waiting for in the open session: the one question it asked last. Kept by {@link Dialogue}
 * under one session key and replaced as a whole by the next question, so no answer can meet the leftovers of an
 * earlier one.
 * <p>
 * The kind of question decides which answers it takes, and the dialogue's handlers dispatch on it: a {@link Choice}
 * is answered with yes, no, "the second one" or an option's name; a {@link Continuation} with "more". Each feature
 * owns its questions as records of its own (in its package, holding the ids, names and kinds it needs and no
 * Spotify record), implementing one of the two, and names each for the session with a {@link QuestionType} bean.
 */
@RegisterForReflection
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "waitingFor")
public sealed interface Question permits Choice, Continuation {
}
