package io.github.musicbutler.podcasts;

import java.util.List;
import java.util.Optional;

import io.github.musicbutler.spotify.Chapter;

/**
 * Where to go on in an audiobook: the chapter the listener stopped in, at the point they stopped; else the first
 * chapter not heard to its end after one that was; else its first chapter. Chapters come in the book's order.
 */
final class Audiobooks {

    private Audiobooks() {
    }

    /** A chapter to start, and where in it ({@code 0}: its start); its position in the book's list. */
    record Place(Chapter chapter, int index, long positionMs, boolean started) {
    }

    static Optional<Place> whereToGoOn(List<Chapter> chapters) {
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            if (chapter.playable() && chapter.partlyHeardAt().isPresent()) {
                return Optional.of(new Place(chapter, i, chapter.partlyHeardAt().get(), true));
            }
        }
        int lastHeard = -1;
        for (int i = 0; i < chapters.size(); i++) {
            if (chapters.get(i).heard()) {
                lastHeard = i;
            }
        }
        for (int i = lastHeard + 1; i < chapters.size(); i++) {
            if (chapters.get(i).playable()) {
                return Optional.of(new Place(chapters.get(i), i, 0, lastHeard >= 0));
            }
        }
        return Optional.empty();
    }
}
