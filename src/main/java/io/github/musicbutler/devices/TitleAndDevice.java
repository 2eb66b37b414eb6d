package io.github.musicbutler.devices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.spotify.Device;

/**
 * What Alexa heard as "play ‹title› on ‹device›", read against the listener's real devices. Titles have "on" and "in"
 * in them too ("Life on Mars", "Dancing on the Ceiling", "Tanz auf dem Vulkan"), and Alexa cuts at the first one:
 * "play life on mars" arrives as the title "life" on the device "mars". A device that exists wins; when none is called
 * what followed, that was part of the title; when a real device follows a later joining word ("mars on the kitchen
 * speaker"), the title runs up to it. Which joining words Alexa took out is not said, so the title comes with every
 * way of putting them back ({@code devices.joiners} in the speech texts, the most said first).
 *
 * @param titles what to play: the title as heard when a device was, otherwise every reading of the whole phrase
 * @param device the device heard, or {@code null} when what was heard as one belongs to the title
 */
public record TitleAndDevice(List<String> titles, Device device) {

    public TitleAndDevice {
        titles = List.copyOf(titles);
    }

    /** The most likely title: the one to search for and to say. */
    public String title() {
        return titles.getFirst();
    }

    public static TitleAndDevice read(Speech speech, String title, String deviceHeard, List<Device> devices) {
        if (speech.names().match(deviceHeard, devices, Device::name) instanceof Match.Clear<Device> clear) {
            return new TitleAndDevice(List.of(title), clear.choice());
        }
        List<String> joiners = Arrays.stream(speech.say("devices.joiners").text().split("\\|"))
                .map(joiner -> joiner.strip().toLowerCase(Locale.ROOT)).filter(joiner -> !joiner.isEmpty()).toList();
        String[] heard = deviceHeard.strip().split("\\s+");
        for (int at = heard.length - 2; at >= 1; at--) {
            for (String joiner : joiners) {
                String[] words = joiner.split(" ");
                int after = at + words.length;
                if (after < heard.length && String.join(" ", Arrays.copyOfRange(heard, at, after))
                        .toLowerCase(speech.locale()).equals(joiner)) {
                    Optional<Device> later = DeviceFinder.find(speech, String.join(" ", Arrays.copyOfRange(heard, after,
                            heard.length)), devices);
                    if (later.isPresent()) {
                        return new TitleAndDevice(readings(title, String.join(" ", Arrays.copyOfRange(heard, 0, at)),
                                joiners), later.get());
                    }
                }
            }
        }
        Optional<Device> near = DeviceFinder.find(speech, deviceHeard, devices);
        if (near.isPresent()) {
            return new TitleAndDevice(List.of(title), near.get());
        }
        return new TitleAndDevice(readings(title, deviceHeard.strip(), joiners), null);
    }

    /** "life" and "mars": "life on mars", "life on the mars", "life in the mars", … */
    private static List<String> readings(String title, String rest, List<String> joiners) {
        List<String> titles = new ArrayList<>();
        joiners.forEach(joiner -> titles.add(title + " " + joiner + " " + rest));
        return titles;
    }
}
