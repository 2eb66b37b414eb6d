package io.github.musicbutler.dialogue;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.matching.SpokenNameMatcher;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.reply.StartPlaying;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Ordinal;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Playable;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * The answer to an open {@link Choice}: "the second one", "the last one", "die erste" (SelectOptionIntent), or the
 * name of one of the options (which Alexa hears as "play …"). Plays it where the question said; a position that is
 * not among the options gets the question again.
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class ChoiceSelectHandler extends LinkedAccountHandler {

    private final Dialogue dialogue;

    ChoiceSelectHandler(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        Optional<Choice> open = dialogue.open(input, Choice.class);
        if (open.isEmpty()) {
            return false;
        }
        return input.matches(intentName("SelectOptionIntent"))
                || input.matches(intentName("PlayPlaylistIntent")) && named(input, open.get()).isPresent();
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Choice choice = dialogue.open(input, Choice.class).orElseThrow();
        Optional<Playable> chosen = input.matches(intentName("SelectOptionIntent"))
                ? Slots.value(input, "position").flatMap(position -> Ordinal.pick(choice.options(), position))
                : named(input, choice);
        if (chosen.isEmpty()) {
            return Choices.askAgain(input, dialogue, choice);
        }
        return StartPlaying.answer(input, spotify, chosen.get(), choice.device(),
                choice.source() == Choice.Source.PLAYLISTS);
    }

    /** "Play the second one" or "play deep focus", heard as a playlist name: the option meant, if any. */
    private static Optional<Playable> named(HandlerInput input, Choice choice) {
        return Slots.value(input, "playlist").flatMap(heard -> Ordinal.pick(choice.options(), heard)
                .or(() -> SpokenNameMatcher.match(heard, choice.options(), Playable::name)
                        instanceof Match.Clear<Playable> clear ? Optional.of(clear.choice()) : Optional.empty()));
    }
}
