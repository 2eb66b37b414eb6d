package io.github.musicbutler.reply;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.spotify.Device;

/**
 * Where music plays, said the way the listener's language says it about the device's own name: a room is a place
 * ("in the Living Room", "in der Küche", "im Wohnzimmer"), a device with an owner needs no article ("on Alex's
 * Phone"), a thing gets one ("on the Kitchen Speaker", "auf dem Handy von Alex"), and a name that is none of
 * these is introduced as a device ("auf dem Gerät Sonos Move"), never glued to a bare preposition.
 * <p>
 * The words are in the speech files: {@code place.rooms[.<gender>]} lists room names, {@code place.things} the
 * nouns a device name may start or end with; {@code place.room[.<gender>]}, {@code place.owned},
 * {@code place.thing} and {@code place.device} are the patterns.
 */
public final class Places {

    private static final List<String> GENDERS = List.of("", ".f", ".n", ".m");

    private Places() {
    }

    public static Phrase of(Speech speech, Device device) {
        return of(speech, device.name());
    }

    public static Phrase of(Speech speech, String device) {
        if (device == null || device.isBlank()) {
            // Spotify may send a device without a name (issue 25)
            return speech.say("place.unnamed");
        }
        String name = device.strip();
        for (String gender : GENDERS) {
            if (speech.has("place.rooms" + gender) && words(speech, "place.rooms" + gender).contains(lower(name))) {
                return speech.say("place.room" + gender, name);
            }
        }
        if (name.matches(".*\\p{L}['’]s\\s.*")) {
            return speech.say("place.owned", name);
        }
        if (speech.has("place.things")) {
            List<String> things = words(speech, "place.things");
            String[] parts = lower(name).split("\\s+");
            if (things.contains(parts[0]) || things.contains(parts[parts.length - 1])) {
                return speech.say("place.thing", name);
            }
        }
        return speech.say("place.device", name);
    }

    private static List<String> words(Speech speech, String key) {
        return Arrays.stream(speech.say(key).text().split("\\|")).map(Places::lower).toList();
    }

    private static String lower(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
