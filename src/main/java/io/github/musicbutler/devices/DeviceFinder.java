package io.github.musicbutler.devices;

import java.util.List;
import java.util.Optional;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.spotify.Device;

/**
 * "The kitchen speaker": which of the user's Spotify Connect devices was meant. Users have few devices, so the
 * nearest one is taken even when it is only a near match.
 */
public final class DeviceFinder {

    private DeviceFinder() {
    }

    public static Optional<Device> find(Speech speech, String heard, List<Device> devices) {
        return switch (speech.names().match(heard, devices, Device::name)) {
            case Match.Clear<Device> clear -> Optional.of(clear.choice());
            case Match.Close<Device> close -> Optional.of(close.first());
            case Match.Suggestion<Device> near -> Optional.of(near.guess());
            case Match.None<Device> none -> Optional.empty();
        };
    }
}
