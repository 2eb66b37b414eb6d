package io.github.musicbutler.spotify;

import java.util.Locale;

/**
 * {@code PUT /me/player/repeat?state=…}: repeat the song, repeat what it plays from (playlist, album), or not.
 */
public enum RepeatMode {
    TRACK, CONTEXT, OFF;

    String state() {
        return name().toLowerCase(Locale.ROOT);
    }
}
