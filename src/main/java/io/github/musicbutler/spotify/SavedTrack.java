package io.github.musicbutler.spotify;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A song in the user's liked songs ({@code GET /me/tracks}, SavedTrackObject).
 *
 * @param addedAt when it was saved, ISO 8601 in UTC ({@code 2026-03-14T09:26:53Z})
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SavedTrack(String addedAt, PlayableItem track) {
}
