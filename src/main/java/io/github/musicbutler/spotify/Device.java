package io.github.musicbutler.spotify;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A Spotify Connect device (DeviceObject).
 *
 * @param volumePercent  0 to 100; {@code null} when Spotify does not know it
 * @param supportsVolume whether Spotify may set its volume ({@code false} for many TVs and some speakers);
 *                       {@code null} when Spotify did not say
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Device(String id, String name, String type, boolean isActive, boolean isRestricted,
        Integer volumePercent, Boolean supportsVolume) {

    /** Whether Spotify lets its volume be set: not when the device says so, nor when it reports no volume. */
    public boolean volumeControllable() {
        return !Boolean.FALSE.equals(supportsVolume) && volumePercent != null;
    }
}
