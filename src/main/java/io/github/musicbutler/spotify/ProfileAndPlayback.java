package io.github.musicbutler.spotify;

import java.util.Optional;

/** Who the listener is and what their player is doing, read at the same time ({@link SpotifySession}). */
public record ProfileAndPlayback(UserProfile profile, Optional<Playback> playback) {
}
