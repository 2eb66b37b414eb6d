package io.github.musicbutler.spotify;

import java.util.List;

/** What was read, and the listener's devices, asked for at the same time ({@link SpotifySession#andDevices}). */
public record AndDevices<T>(T read, List<Device> devices) {

    public AndDevices {
        devices = List.copyOf(devices);
    }
}
