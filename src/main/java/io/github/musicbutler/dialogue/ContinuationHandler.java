package io.github.musicbutler.dialogue;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "More", while something is being read out a part at a time (an open {@link Continuation}): the next part.
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class ContinuationHandler extends LinkedAccountHandler implements IntentHandler {

    private final Dialogue dialogue;

    ContinuationHandler(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public Set<String> intents() {
        return Set.of(Intents.MORE);
    }

    /** Only while a question of this kind is open; otherwise {@code NothingOpenHandler} answers. */
    @Override
    public boolean canHandle(HandlerInput input) {
        return IntentHandler.super.canHandle(input) && dialogue.open(input, Continuation.class).isPresent();
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        return dialogue.open(input, Continuation.class).orElseThrow().more(input, spotify, dialogue);
    }
}
