package io.github.musicbutler.reply;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.github.musicbutler.spotify.Device;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A device kept in a question across turns ("play … on the kitchen speaker", then "the first one"): its Spotify id,
 * and its name as said back to the listener. Our own session format, not Spotify's device record.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeviceRef(String id, String name) {

    /** The device, or {@code null} for the active device. */
    public static DeviceRef of(Device device) {
        return device == null ? null : new DeviceRef(device.id(), device.name());
    }
}
