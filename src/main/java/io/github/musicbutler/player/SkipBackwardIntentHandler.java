package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/** "Go back ten seconds", "spul zehn sekunden zurück"; before the start of the song, its start. */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SkipBackwardIntentHandler extends SeekHandler {

    SkipBackwardIntentHandler() {
        super(Intents.SkipBackward.NAME);
    }

    @Override
    long target(HandlerInput input, long progressMs) {
        return progressMs - seconds(input, Intents.SkipBackward.SECONDS) * 1000L;
    }

    @Override
    Phrase confirmation(HandlerInput input, Speech speech) {
        int seconds = seconds(input, Intents.SkipBackward.SECONDS);
        return seconds == 1 ? speech.say("seek.backward.one") : speech.say("seek.backward", seconds);
    }
}
