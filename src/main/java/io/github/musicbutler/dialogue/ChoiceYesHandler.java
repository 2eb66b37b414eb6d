package io.github.musicbutler.dialogue;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.reply.StartPlaying;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Yes" to an open {@link Choice}: with one option ("Did you mean A?") it plays; with more it asks which.
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
        return input.matches(intentName("AMAZON.YesIntent")) && dialogue.open(input, Choice.class).isPresent();
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Choice choice = dialogue.open(input, Choice.class).orElseThrow();
        if (choice.options().size() == 1) {
            return StartPlaying.answer(input, spotify, choice.options().getFirst(), choice.device(),
                    choice.source() == Choice.Source.PLAYLISTS);
        }
        return Choices.askWhich(input, dialogue, choice);
    }
}
