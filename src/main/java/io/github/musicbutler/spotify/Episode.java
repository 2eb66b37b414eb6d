package io.github.musicbutler.spotify;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A podcast's episode (SimplifiedEpisodeObject; with its {@code show} as EpisodeObject, in the listener's saved
 * episodes). {@code isPlayable} is false where the market does not offer it; {@code resumePoint}, where the listener
 * stopped, needs the scope user-read-playback-position and may be missing.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Episode(String id, String uri, String name, String releaseDate, String releaseDatePrecision,
        Long durationMs, ResumePoint resumePoint, Boolean isPlayable, Boolean explicit, List<Artwork> images,
        Show show) {

    /** Where the listener stopped in an episode, and whether they heard it to the end. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ResumePoint(Boolean fullyPlayed, Long resumePositionMs) {
    }

    public Optional<ReleaseDate> released() {
        return ReleaseDate.of(releaseDate, releaseDatePrecision);
    }

    /** Whether it can be played here: Spotify says {@code is_playable: false} for an episode the market lacks. */
    public boolean playable() {
        return !Boolean.FALSE.equals(isPlayable) && uri != null && !uri.isBlank();
    }

    /** Where the listener stopped, if they started it and did not hear it to the end. */
    public Optional<Long> partlyHeardAt() {
        if (resumePoint == null || Boolean.TRUE.equals(resumePoint.fullyPlayed())
                || resumePoint.resumePositionMs() == null || resumePoint.resumePositionMs() <= 0) {
            return Optional.empty();
        }
        return Optional.of(resumePoint.resumePositionMs());
    }
}
