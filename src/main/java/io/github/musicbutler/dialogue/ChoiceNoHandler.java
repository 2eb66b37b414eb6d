package io.github.musicbutler.dialogue;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.HandlerPriority;

/**
 * "No" (or "neither") to an open {@link Choice}: nothing is played, and the listener is asked what they would
 * like instead; the bare answer ("road trip", "queen") is taken as that playlist or that search.
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class ChoiceNoHandler implements RequestHandler {

    private final Dialogue dialogue;

    ChoiceNoHandler(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("AMAZON.NoIntent")) && dialogue.open(input, Choice.class).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Choice choice = dialogue.open(input, Choice.class).orElseThrow();
        Speech speech = Speech.of(input);
        if (choice.source() == Choice.Source.PLAYLISTS) {
            Map<String, String> filled = choice.device() == null ? Map.of() : Map.of("device", choice.device().name());
            return Elicitation.ask(input, "PlayPlaylistIntent", "playlist", filled,
                    speech.say("playlists.declined"), speech.say("playlists.declined.reprompt"));
        }
        return Elicitation.ask(input, "SearchIntent", "query", Map.of(),
                speech.say("search.declined"), speech.say("search.declined.reprompt"));
    }
}
