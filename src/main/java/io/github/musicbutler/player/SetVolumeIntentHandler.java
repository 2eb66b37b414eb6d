package io.github.musicbutler.player;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Set the volume to forty", "volume 40 percent": the number is a percentage (above 100 sets 100, and says so). Without a number
 * Alexa asks for one.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SetVolumeIntentHandler extends VolumeHandler {

    SetVolumeIntentHandler() {
        super(Intents.SetVolume.NAME);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        if (volume(input).isEmpty()) {
            Phrase question = Speech.of(input).say("volume.which");
            return Elicitation.ask(input, Intents.SetVolume.VOLUME, question, question);
        }
        return super.handleLinked(input, spotify);
    }

    @Override
    int target(HandlerInput input, int current) {
        return volume(input).orElse(current);
    }

    @Override
    Phrase confirmation(Speech speech, int volume) {
        return speech.say("volume.set", volume);
    }

    /** "Set the volume to two hundred": 100 is set, and the listener hears that it is the most, not a silent cut. */
    @Override
    Phrase confirmation(Speech speech, int volume, int asked) {
        return asked > 100 ? speech.say("volume.set.most", volume) : confirmation(speech, volume);
    }

    /** The number said, if Alexa heard one ("?" when it heard words that are no number). */
    private static Optional<Integer> volume(HandlerInput input) {
        return Slots.value(input, Intents.SetVolume.VOLUME).flatMap(value -> {
            try {
                return Optional.of(Integer.parseInt(value.strip()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        });
    }
}
