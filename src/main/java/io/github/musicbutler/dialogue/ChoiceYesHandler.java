package io.github.musicbutler.dialogue;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Yes" to an open {@link Choice}: with one option ("Did you mean A?") it is chosen; with more, which one?
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class ChoiceYesHandler extends LinkedAccountHandler {

    private final Dialogue dialogue;

    ChoiceYesHandler(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(Intents.YES)) && dialogue.open(input, Choice.class).isPresent();
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Choice choice = dialogue.open(input, Choice.class).orElseThrow();
        if (choice.names().size() == 1) {
            return choice.choose(input, spotify, 0);
        }
        return ChoiceSelectHandler.askAgain(input, dialogue, choice, choice.which(Speech.of(input)));
    }
}
