package io.github.musicbutler.spotify;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The user's Spotify Connect devices ({@code GET /me/player/devices}).
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Devices(List<Device> devices) {

    /**
     * The devices a person can name: Spotify may list one without a name (the description makes {@code name}
     * optional), which can neither be said nor asked for, so it is left out (issue 25).
     */
    public List<Device> devices() {
        return devices == null ? List.of()
                : devices.stream().filter(d -> d != null && d.name() != null && !d.name().isBlank()).toList();
    }
}
