package io.github.musicbutler.dialogue;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.linking.LinkedTouchHandler;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.screens.TouchHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * A touch on one of the numbered choices a screen shows (search results): "the second one", answered by the open
 * {@link Choice} as {@link ChoiceSelectHandler} answers it. When no choice is open any more (the session ended, or
 * another question replaced it), the touch is stale and said to be.
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class ChooseTouchHandler extends LinkedTouchHandler {

    private final Dialogue dialogue;

    ChooseTouchHandler(Dialogue dialogue) {
        super(Touch.CHOOSE);
        this.dialogue = dialogue;
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Optional<Choice> open = dialogue.open(input, Choice.class);
        Optional<Integer> position = Touch.position(input);
        if (open.isEmpty() || position.isEmpty() || position.get() > open.get().names().size()) {
            return TouchHandler.stale(input);
        }
        return open.get().choose(input, spotify, position.get() - 1);
    }
}
