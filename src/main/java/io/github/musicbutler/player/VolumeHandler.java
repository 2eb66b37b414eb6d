package io.github.musicbutler.player;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedIntentHandler;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * A volume command ("turn it up", "mute", "set the volume to forty"): reads the active device and its volume
 * ({@code GET /me/player}), sets the new one ({@code PUT /me/player/volume}) and says it; the session ends. A device
 * that does not let Spotify set its volume, no active device, no Premium: spoken by {@code SpotifyFailureHandler}.
 */
abstract class VolumeHandler extends LinkedIntentHandler {

    /** How much "turn it up" and "turn it down" change the volume, in percent. */
    static final int STEP = 10;

    VolumeHandler(String intent) {
        super(intent);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        Device device = spotify.activeDevice();
        // A device that cannot be set is refused before its (unknown) volume is reckoned with.
        int current = device.volumeControllable() ? device.volumePercent() : 0;
        int target = target(input, current);
        int wanted = Math.max(0, Math.min(100, target));
        if (wanted == current && device.volumeControllable() && wanted != target) {
            // Up at 100, down at 0: nothing to change, and no call.
            return say(input, speech.say(wanted == 0 ? "volume.min" : "volume.max"));
        }
        spotify.setVolume(device, wanted);
        return say(input, confirmation(speech, wanted, target));
    }

    /** The volume wanted, from the current one; may lie outside 0 to 100 (then the nearest end is set). */
    abstract int target(HandlerInput input, int current);

    abstract Phrase confirmation(Speech speech, int volume);

    /** The confirmation when {@code asked} (maybe out of range) became {@code volume}. */
    Phrase confirmation(Speech speech, int volume, int asked) {
        return confirmation(speech, volume);
    }

    private static Optional<Response> say(HandlerInput input, Phrase said) {
        return input.getResponseBuilder().withSpeech(said.ssml()).withShouldEndSession(true).build();
    }
}
