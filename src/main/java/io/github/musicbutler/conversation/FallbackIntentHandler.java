package io.github.musicbutler.conversation;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;

/**
 * What Alexa sends when the words matched none of the skill's intents: say what the skill understands, and keep
 * any open question open.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class FallbackIntentHandler implements IntentHandler {

    private final Dialogue dialogue;

    FallbackIntentHandler(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public Set<String> intents() {
        return Set.of(Intents.FALLBACK);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        // Words that fit no intent are often a misheard answer: the question asked before stays open.
        dialogue.keep(input);
        Speech speech = Speech.of(input);
        return input.getResponseBuilder()
                .withSpeech(speech.say("fallback").ssml())
                .withReprompt(speech.say("fallback.reprompt").ssml())
                .build();
    }
}
