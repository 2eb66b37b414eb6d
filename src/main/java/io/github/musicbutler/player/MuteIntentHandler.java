package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Mute": volume 0 (Spotify has no mute of its own; "set the volume to thirty" brings it back).
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class MuteIntentHandler extends VolumeHandler {

    MuteIntentHandler() {
        super(Intents.MUTE);
    }

    @Override
    int target(HandlerInput input, int current) {
        return 0;
    }

    @Override
    Phrase confirmation(Speech speech, int volume) {
        return speech.say("volume.muted");
    }
}
