package io.github.musicbutler.spotify;

import java.util.regex.Pattern;

/** Spotify's ids: base 62, as its URIs and paths carry them. */
final class SpotifyIds {

    private static final Pattern ID = Pattern.compile("[0-9A-Za-z]+");

    private SpotifyIds() {
    }

    /** Whether {@code id} can go into a path as Spotify's: letters and digits only, nothing to escape. */
    static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
