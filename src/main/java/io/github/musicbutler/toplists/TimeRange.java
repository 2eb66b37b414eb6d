package io.github.musicbutler.toplists;

import java.util.Set;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.skill.Slots;

/**
 * The {@code timeRange} slot ("this month", "of all time") as Spotify's {@code time_range}. The slot type's value
 * ids are Spotify's own names; without a resolved value Spotify's default applies (about six months).
 */
final class TimeRange {

    static final String DEFAULT = "medium_term";
    private static final Set<String> KNOWN = Set.of("short_term", "medium_term", "long_term");

    private TimeRange() {
    }

    static String of(HandlerInput input) {
        // TopArtistsIntent and TopTracksIntent name the slot alike
        return Slots.resolvedId(input, Intents.TopArtists.TIME_RANGE).filter(KNOWN::contains).orElse(DEFAULT);
    }
}
