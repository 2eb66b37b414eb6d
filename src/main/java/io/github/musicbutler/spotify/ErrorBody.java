package io.github.musicbutler.spotify;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Spotify's error answer: <code>{"error": {"status", "message", "reason"}}</code>; players add a reason such as PREMIUM_REQUIRED.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ErrorBody(Error error) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Error(int status, String message, String reason) {
    }
}
