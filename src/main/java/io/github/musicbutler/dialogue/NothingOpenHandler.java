package io.github.musicbutler.dialogue;

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
 * An answer with no question open: "play the first one", "more", "yes" or "no" when the skill asked nothing they
 * could answer (the session is new, or the question was answered already). Rather than suggest a missing feature,
 * it says what to do instead; "no" simply ends the conversation.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class NothingOpenHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        // The handlers of open questions come first (FOLLOW_UP): what reaches this one found nothing open.
        return input.matches(intentName("SelectOptionIntent").or(intentName("AMAZON.MoreIntent"))
                .or(intentName("AMAZON.YesIntent")).or(intentName("AMAZON.NoIntent")));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech speech = Speech.of(input);
        if (input.matches(intentName("AMAZON.NoIntent"))) {
            return input.getResponseBuilder().withSpeech(speech.say("nothingOpen.no").ssml())
                    .withShouldEndSession(true).build();
        }
        String key = input.matches(intentName("SelectOptionIntent")) ? "nothingOpen.select"
                : input.matches(intentName("AMAZON.MoreIntent")) ? "nothingOpen.more" : "nothingOpen.yes";
        return input.getResponseBuilder()
                .withSpeech(speech.say(key).ssml())
                .withReprompt(speech.say("nothingOpen.reprompt").ssml())
                .build();
    }
}
