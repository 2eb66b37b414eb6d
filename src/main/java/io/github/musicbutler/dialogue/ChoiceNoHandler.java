package io.github.musicbutler.dialogue;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;

/**
 * "No" (or "neither") to an open {@link Choice}: nothing is chosen, and the question's own feature says what it
 * asks instead ({@link Choice#decline}).
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class ChoiceNoHandler implements IntentHandler {

    private final Dialogue dialogue;

    ChoiceNoHandler(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public Set<String> intents() {
        return Set.of(Intents.NO);
    }

    /** Only while a question of this kind is open; otherwise {@code NothingOpenHandler} answers. */
    @Override
    public boolean canHandle(HandlerInput input) {
        return IntentHandler.super.canHandle(input) && dialogue.open(input, Choice.class).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return dialogue.open(input, Choice.class).orElseThrow().decline(input);
    }
}
