package io.github.musicbutler.dialogue;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.skill.Ordinal;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * The answer to an open {@link Choice}: "the second one", "the last one", "die erste" (SelectOptionIntent), the
 * name of one of the options ({@link Choice#nameHeard}), or "play it" ("spiel es", "joue la"), which is "yes". The
 * option is chosen; a position that is not among the options gets the question again, as does "play it" to several.
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class ChoiceSelectHandler extends LinkedAccountHandler implements IntentHandler {

    private final Dialogue dialogue;

    ChoiceSelectHandler(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public Set<String> intents() {
        return Set.of(Intents.SelectOption.NAME);
    }

    /** Only while a choice is open; then also any intent that heard the name of one of its options. */
    @Override
    public boolean canHandle(HandlerInput input) {
        Optional<Choice> open = dialogue.open(input, Choice.class);
        if (open.isEmpty()) {
            return false;
        }
        return IntentHandler.super.canHandle(input) || named(input, open.get()).isPresent()
                || pointsAtTheOffer(input, open.get());
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Choice choice = dialogue.open(input, Choice.class).orElseThrow();
        Optional<Integer> chosen = input.matches(intentName(Intents.SelectOption.NAME))
                ? Slots.value(input, Intents.SelectOption.POSITION).flatMap(position -> Ordinal.pick(indexes(choice), position, Speech.of(input)))
                : named(input, choice);
        if (chosen.isEmpty() && pointsAtTheOffer(input, choice)) {
            return ChoiceYesHandler.accept(input, spotify, dialogue, choice);
        }
        if (chosen.isEmpty()) {
            return askAgain(input, dialogue, choice, choice.again(Speech.of(input)));
        }
        return choice.choose(input, spotify, chosen.get());
    }

    /** "Play it" after "Shall I play it?": a name that only points at what was offered. */
    private static boolean pointsAtTheOffer(HandlerInput input, Choice choice) {
        return choice.nameHeard(input).filter(Speech.of(input).names()::pointsAtTheOffer).isPresent();
    }

    /** Asks the open question again, in {@code question}'s words; it stays open. */
    static Optional<Response> askAgain(HandlerInput input, Dialogue dialogue, Choice choice, Phrase question) {
        dialogue.ask(input, choice);
        return input.getResponseBuilder().withSpeech(question.ssml()).withReprompt(question.ssml()).build();
    }

    /** "Play the second one" or "play deep focus", heard as a name: the option meant, if any. */
    private static Optional<Integer> named(HandlerInput input, Choice choice) {
        List<Integer> indexes = indexes(choice);
        Speech speech = Speech.of(input);
        return choice.nameHeard(input).flatMap(heard -> Ordinal.pick(indexes, heard, speech)
                .or(() -> speech.names().match(heard, indexes, i -> choice.names().get(i))
                        instanceof Match.Clear<Integer> clear ? Optional.of(clear.choice()) : Optional.empty()));
    }

    private static List<Integer> indexes(Choice choice) {
        return IntStream.range(0, choice.names().size()).boxed().toList();
    }
}
