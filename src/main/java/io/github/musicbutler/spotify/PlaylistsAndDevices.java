package io.github.musicbutler.spotify;

import java.util.List;

/** The listener's playlists (as far as they were read) and their devices, read at the same time. */
public record PlaylistsAndDevices(PlaylistLibrary playlists, List<Device> devices) {

    public PlaylistsAndDevices {
        devices = List.copyOf(devices);
    }
}
