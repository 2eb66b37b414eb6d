package io.github.musicbutler.telemetry;

import java.util.Set;

/**
 * The intents of the skill's interaction models (skill-package/interactionModels/custom/*.json): the only intent names
 * that become the {@code Intent} metric dimension; any other name an event carries counts as {@code Other}, so that
 * nobody can grow the dimension by sending made-up names. {@code ModelIntentsTest} keeps this list equal to the
 * models': a new intent goes here too.
 */
final class ModelIntents {

    static final Set<String> NAMES = Set.of(
            "AMAZON.CancelIntent", "AMAZON.FallbackIntent", "AMAZON.HelpIntent", "AMAZON.MoreIntent",
            "AMAZON.NavigateHomeIntent", "AMAZON.NextIntent", "AMAZON.NoIntent", "AMAZON.PauseIntent",
            "AMAZON.PreviousIntent", "AMAZON.ResumeIntent", "AMAZON.ShuffleOffIntent", "AMAZON.ShuffleOnIntent",
            "AMAZON.StopIntent", "AMAZON.YesIntent",
            "ListDevicesIntent", "ListPlaylistsIntent", "PlayOnDeviceIntent", "PlayPlaylistIntent",
            "PlaylistContentsIntent", "SaveCurrentTrackIntent", "SearchArtistTracksIntent", "SearchIntent",
            "SearchPlaylistsIntent", "SelectOptionIntent", "TopArtistsIntent", "TopTracksIntent", "WhatsPlayingIntent");

    private ModelIntents() {
    }
}
