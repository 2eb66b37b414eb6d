package io.github.musicbutler.podcasts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.musicbutler.spotify.Episode;

/**
 * Which of a show's episodes (newest first, as {@code /shows/{id}/episodes} lists them) the listener means: the
 * newest they can play, the newest of a day (or week, month, year), or the one whose title carries its number
 * ("#200", "Episode 200", "Folge 200", "200:"). Spotify has no episode numbers of its own: shows that number their
 * episodes do it in the title.
 */
final class Episodes {

    private Episodes() {
    }

    /** The newest episode the market offers. */
    static Optional<Episode> newest(List<Episode> episodes) {
        return episodes.stream().filter(Episode::playable).findFirst();
    }

    /**
     * The newest episode released within the asked dates, a playable one first, playable or not (so that "not
     * available" can be said). An episode dated only by its month or year may be from any of its days: it is taken
     * when no episode dated by its day is.
     */
    static Optional<Episode> from(List<Episode> episodes, AskedDate asked) {
        List<Episode> within = episodes.stream()
                .filter(e -> e.released().filter(date -> date.overlaps(asked.first(), asked.last())).isPresent())
                .toList();
        List<Episode> exact = within.stream()
                .filter(e -> e.released().filter(date -> !date.first().isBefore(asked.first())
                        && !date.last().isAfter(asked.last())).isPresent())
                .toList();
        List<Episode> meant = exact.isEmpty() ? within : exact;
        return meant.stream().filter(Episode::playable).findFirst().or(() -> meant.stream().findFirst());
    }

    /**
     * The episode whose title carries {@code number} on its own (not as part of a longer number or a year):
     * preferably after a word for "episode" or a "#", else anywhere.
     */
    static Optional<Episode> numbered(List<Episode> episodes, int number) {
        Pattern marked = Pattern.compile("(?iu)(#|\\b(episode|ep\\.?|folge|nr\\.?|no\\.?|number|teil|part)\\s*#?)\\s*0*"
                + number + "(?!\\d)");
        Pattern alone = Pattern.compile("(?<![\\d.,])0*" + number + "(?![\\d.,]\\d|\\d)");
        return episodes.stream().filter(e -> e.name() != null && marked.matcher(e.name()).find()).findFirst()
                .or(() -> episodes.stream().filter(e -> e.name() != null && alone.matcher(e.name()).find())
                        .findFirst());
    }
}
