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
 * The words are in the speech files: {@code place.rooms[.<gender>]} lists room names, {@code place.things[.<gender>]}
 * the nouns a device name may start or end with ("sul Telefono di Alex", "sulla TV del Soggiorno");
 * {@code place.room[.<gender>]}, {@code place.owned}, {@code place.thing[.<gender>]} and {@code place.device} are the
 * patterns, a room's and a thing's with the language's changes before a sound ({@link Speech#sayBefore}: French
 * "sur l'Enceinte").
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
                return speech.sayBefore(name, "place.room" + gender, name);
            }
        }
        if (name.matches(".*\\p{L}['’]s\\s.*")) {
            return speech.say("place.owned", name);
        }
        String[] parts = lower(name).split("\\s+");
        for (String gender : GENDERS) {
            if (speech.has("place.things" + gender)) {
                List<String> things = words(speech, "place.things" + gender);
                if (things.contains(parts[0]) || things.contains(parts[parts.length - 1])) {
                    return speech.sayBefore(name, "place.thing" + gender, name);
                }
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
