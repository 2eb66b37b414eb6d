package io.github.musicbutler.dialogue;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Yes" to an open {@link Choice}: the option it picks ({@link Choice#yes()}: the only one, "Did you mean A?"), or,
 * among several, which one?
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class ChoiceYesHandler extends LinkedAccountHandler implements IntentHandler {

    private final Dialogue dialogue;

    ChoiceYesHandler(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public Set<String> intents() {
        return Set.of(Intents.YES);
    }

    /** Only while a question of this kind is open; otherwise {@code NothingOpenHandler} answers. */
    @Override
    public boolean canHandle(HandlerInput input) {
        return IntentHandler.super.canHandle(input) && dialogue.open(input, Choice.class).isPresent();
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        return accept(input, spotify, dialogue, dialogue.open(input, Choice.class).orElseThrow());
    }

    /** "Yes", or "play it": the option {@link Choice#yes()} picks, or, among several, which one? */
    static Optional<Response> accept(HandlerInput input, SpotifySession spotify, Dialogue dialogue, Choice choice) {
        return choice.yes().map(index -> choice.choose(input, spotify, index))
                .orElseGet(() -> ChoiceSelectHandler.askAgain(input, dialogue, choice, choice.which(Speech.of(input))));
    }
}
