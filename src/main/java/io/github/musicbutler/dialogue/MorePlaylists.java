package io.github.musicbutler.dialogue;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The playlists are being read out a few at a time: "more" continues {@code from} there.
 */
@RegisterForReflection
public record MorePlaylists(int from) implements Question {
}
