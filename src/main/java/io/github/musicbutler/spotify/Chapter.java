package io.github.musicbutler.spotify;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A chapter of an audiobook ({@code GET /audiobooks/{id}/chapters}, SimplifiedChapterObject), in the book's order;
 * {@code resumePoint} is where the listener stopped in it.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Chapter(String id, String uri, String name, Integer chapterNumber, Long durationMs,
        Episode.ResumePoint resumePoint, Boolean isPlayable) {

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

    public boolean heard() {
        return resumePoint != null && Boolean.TRUE.equals(resumePoint.fullyPlayed());
    }
}
