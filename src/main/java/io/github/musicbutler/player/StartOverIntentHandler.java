package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/** "Start this song over", "fang den song von vorne an": back to the start of the song that is playing. */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class StartOverIntentHandler extends SeekHandler {

    StartOverIntentHandler() {
        super(Intents.START_OVER);
    }

    @Override
    long target(HandlerInput input, long progressMs) {
        return 0;
    }

    @Override
    Phrase confirmation(HandlerInput input, Speech speech) {
        return speech.say("seek.startOver");
    }
}
