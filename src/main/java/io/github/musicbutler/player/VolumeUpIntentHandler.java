package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Turn it up": {@value VolumeHandler#STEP} percent louder.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class VolumeUpIntentHandler extends VolumeHandler {

    VolumeUpIntentHandler() {
        super(Intents.VOLUME_UP);
    }

    @Override
    int target(HandlerInput input, int current) {
        return current + STEP;
    }

    @Override
    Phrase confirmation(Speech speech, int volume) {
        return speech.say("volume.up", volume);
    }
}
