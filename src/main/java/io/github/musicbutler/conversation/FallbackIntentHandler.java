package io.github.musicbutler.conversation;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.HandlerPriority;

/**
 * What Alexa sends when the words matched none of the skill's intents: say what the skill understands.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class FallbackIntentHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("AMAZON.FallbackIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech speech = Speech.of(input);
        return input.getResponseBuilder()
                .withSpeech(speech.say("fallback"))
                .withReprompt(speech.say("fallback.reprompt"))
                .build();
    }
}
