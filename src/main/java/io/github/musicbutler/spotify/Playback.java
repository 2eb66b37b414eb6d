package io.github.musicbutler.spotify;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What the user's Spotify is doing ({@code GET /me/player} and {@code /me/player/currently-playing}); {@code progressMs},
 * where in the item, may be missing or null.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Playback(Device device, Boolean shuffleState, boolean isPlaying, PlayableItem item, PlaybackContext context,
        Long progressMs) {

    /** Where the playing item comes from: a playlist, album, artist or show. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlaybackContext(String type, String uri) {
    }
}
