package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Turn it down": {@value VolumeHandler#STEP} percent quieter.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class VolumeDownIntentHandler extends VolumeHandler {

    VolumeDownIntentHandler() {
        super(Intents.VOLUME_DOWN);
    }

    @Override
    int target(HandlerInput input, int current) {
        return current - STEP;
    }

    @Override
    Phrase confirmation(Speech speech, int volume) {
        return speech.say("volume.down", volume);
    }
}
