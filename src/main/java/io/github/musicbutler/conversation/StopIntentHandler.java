package io.github.musicbutler.conversation;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;

/**
 * "Stop", "cancel", "go home": leave the skill. The music keeps playing; pausing is its own intent.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class StopIntentHandler implements IntentHandler {

    @Override
    public Set<String> intents() {
        return Set.of(Intents.STOP, Intents.CANCEL, Intents.NAVIGATE_HOME);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return input.getResponseBuilder()
                .withSpeech(Speech.of(input).say("goodbye").ssml())
                .withShouldEndSession(true)
                .build();
    }
}
