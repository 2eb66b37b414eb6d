package io.github.musicbutler.dialogue;

import static com.amazon.ask.request.Predicates.intentName;

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
 * An answer with no question open: "play the first one", "more", "yes" or "no" when the skill asked nothing they
 * could answer (the session is new, or the question was answered already). Rather than suggest a missing feature,
 * it says what to do instead; "no" simply ends the conversation.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class NothingOpenHandler implements IntentHandler {

    /** The handlers of open questions come first (FOLLOW_UP): what reaches this one found nothing open. */
    @Override
    public Set<String> intents() {
        return Set.of(Intents.SelectOption.NAME, Intents.MORE, Intents.YES, Intents.NO);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech speech = Speech.of(input);
        if (input.matches(intentName(Intents.NO))) {
            return input.getResponseBuilder().withSpeech(speech.say("nothingOpen.no").ssml())
                    .withShouldEndSession(true).build();
        }
        String key = input.matches(intentName(Intents.SelectOption.NAME)) ? "nothingOpen.select"
                : input.matches(intentName(Intents.MORE)) ? "nothingOpen.more" : "nothingOpen.yes";
        return input.getResponseBuilder()
                .withSpeech(speech.say(key).ssml())
                .withReprompt(speech.say("nothingOpen.reprompt").ssml())
                .build();
    }
}
