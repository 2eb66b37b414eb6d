package io.github.musicbutler.dialogue;

import java.util.List;
import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Did you mean A or B?", "Shall I play it?", search results just read out: options, of which the listener picks
 * one by position ("the second one"), by name, or with yes (when there is one), or none with no. The dialogue's
 * handlers ({@link ChoiceYesHandler}, {@link ChoiceNoHandler}, {@link ChoiceSelectHandler}) take the answer and call
 * the feature's record back.
 */
public non-sealed interface Choice extends Question {

    /** The options' names, in the order offered: positions and names are picked from these. */
    List<String> names();

    /** The listener picked the option at {@code index} (0-based): start it, or do what it stands for. */
    Optional<Response> choose(HandlerInput input, SpotifySession spotify, int index);

    /** "No": none of them. What the skill asks instead (usually for the listener's own words, as a slot). */
    Optional<Response> decline(HandlerInput input);

    /** The question once more, when the answer named none of the options. */
    Phrase again(Speech speech);

    /** "Yes" to several options: which one? */
    Phrase which(Speech speech);

    /**
     * The option "yes" picks: the only one, or none when there are several (then {@link #which} is asked). A choice
     * whose question is "shall I play it?" about all its options says which option that means.
     */
    default Optional<Integer> yes() {
        return names().size() == 1 ? Optional.of(0) : Optional.empty();
    }

    /**
     * The name an answer gives, if it gives one: by default what Alexa heard as "play …" (the words people use to
     * pick an option by name, "play deep focus").
     */
    default Optional<String> nameHeard(HandlerInput input) {
        return input.matches(com.amazon.ask.request.Predicates.intentName(Intents.PlayPlaylist.NAME))
                ? Slots.value(input, Intents.PlayPlaylist.PLAYLIST) : Optional.empty();
    }
}
