package io.github.musicbutler.screens;

import java.util.List;

import io.github.musicbutler.spotify.Artwork;

/** Which of Spotify's sizes of a picture a screen shows: only https pictures, as Alexa shows no others. */
final class Pictures {

    private Pictures() {
    }

    /** The widest (Spotify lists it first), for a picture that fills much of the screen; "" for none. */
    static String large(List<Artwork> images) {
        return usable(images).stream().findFirst().orElse("");
    }

    /** The narrowest, for a list's thumbnails, which keeps the response and the download small; "" for none. */
    static String small(List<Artwork> images) {
        List<String> usable = usable(images);
        return usable.isEmpty() ? "" : usable.getLast();
    }

    private static List<String> usable(List<Artwork> images) {
        return images == null ? List.of()
                : images.stream().filter(image -> image != null && image.url() != null)
                        .map(Artwork::url).filter(url -> url.startsWith("https://")).toList();
    }
}
