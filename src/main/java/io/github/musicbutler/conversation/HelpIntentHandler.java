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
 * "Help": what the skill can do, with a card listing example phrases.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class HelpIntentHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("AMAZON.HelpIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech speech = Speech.of(input);
        return input.getResponseBuilder()
                .withSpeech(speech.say("help").ssml())
                .withReprompt(speech.say("help.reprompt").ssml())
                .withSimpleCard(speech.say("card.title").text(), speech.say("help.card").text())
                .build();
    }
}
