package io.github.musicbutler.dialogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.Playable;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * "Did you mean A or B?" about the user's playlists, or the search results just read out: options to play, chosen
 * by position ("the second one"), by name, or with yes and no.
 *
 * @param device where the chosen option plays; {@code null} for the active device
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Choice(Source source, List<Playable> options, Device device) implements Question {

    /** Where the options come from, which decides how they are offered again and spoken when played. */
    public enum Source {
        /** The user's own playlists, offered because the name heard was not clear. */
        PLAYLISTS,
        /** Catalog search results. */
        SEARCH
    }

    public Choice {
        options = List.copyOf(options);
    }
}
