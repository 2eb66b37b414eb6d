package io.github.musicbutler.reply;

import java.util.List;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.Playable;

/**
 * How the things Spotify plays are named to the listener, the same way everywhere.
 */
public final class Playables {

    private Playables() {
    }

    /** "One More Time by Daft Punk", "the album Discovery by Daft Punk", "the artist Daft Punk", "Chill Vibes". */
    public static Phrase spoken(Speech speech, Playable playable) {
        String key = "playable." + playable.kind().name().toLowerCase();
        boolean by = playable.by() != null && !playable.by().isBlank() && playable.kind() != Playable.Kind.PLAYLIST
                && playable.kind() != Playable.Kind.ARTIST;
        return by ? speech.say(key + ".by", playable.name(), playable.by()) : speech.say(key, playable.name());
    }

    /** "Daft Punk and Pharrell Williams": who made a track, or the show an episode belongs to. */
    public static Phrase byline(Speech speech, PlayableItem item) {
        List<String> makers = item.makers();
        // Spotify may name no artist (the description makes names optional): not "by ." (issue 25)
        return makers.isEmpty() ? speech.say("byline.unknown") : SpokenList.names(speech, makers);
    }

    /** "One More Time by Daft Punk", for lists of songs. */
    public static Phrase song(Speech speech, PlayableItem item) {
        return speech.say("contents.song", item.name(), byline(speech, item));
    }

    public static List<Phrase> songs(Speech speech, List<PlayableItem> items) {
        return items.stream().map(item -> song(speech, item)).toList();
    }
}
