package io.github.musicbutler.skill;

import java.util.List;
import java.util.Optional;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.matching.SpokenNameMatcher;

/**
 * "The second one", "2nd", "die zweite", "la deuxième", "the last one": which of the options the skill offered was
 * meant, for every list it offers. AMAZON.Ordinal usually resolves to digits ("2", "2nd", "2."); when Alexa takes
 * "the first one" for a name, the words come, in the listener's language (its table's ordinals, read by
 * {@link SpokenNameMatcher#position}).
 */
public final class Ordinal {

    private Ordinal() {
    }

    /** The option at the position that was said, if it names one of {@code options}. */
    public static <T> Optional<T> pick(List<T> options, String said, Speech speech) {
        int position = speech.names().position(said);
        if (position == SpokenNameMatcher.LAST) {
            position = options.size();
        }
        return position >= 1 && position <= options.size() ? Optional.of(options.get(position - 1)) : Optional.empty();
    }
}
