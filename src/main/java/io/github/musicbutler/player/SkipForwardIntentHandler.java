package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/** "Skip ahead thirty seconds", "spul dreißig sekunden vor"; past the end of the song, its end. */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SkipForwardIntentHandler extends SeekHandler {

    SkipForwardIntentHandler() {
        super(Intents.SkipForward.NAME);
    }

    @Override
    long target(HandlerInput input, long progressMs) {
        return progressMs + seconds(input, Intents.SkipForward.SECONDS) * 1000L;
    }

    @Override
    Phrase confirmation(HandlerInput input, Speech speech) {
        int seconds = seconds(input, Intents.SkipForward.SECONDS);
        return seconds == 1 ? speech.say("seek.forward.one") : speech.say("seek.forward", seconds);
    }
}
