package io.github.musicbutler.skill;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import io.quarkus.arc.All;

/**
 * The intents the skill answers: what its {@link IntentHandler} beans declare. The tests keep it equal to the
 * interaction models' intents, so it is also what a request may name; the request log and the metrics count any
 * other name as {@code Other}, so that nobody can grow the metrics' dimensions by sending made-up names.
 */
@Singleton
public class AnsweredIntents {

    private final Set<String> names;

    AnsweredIntents(@All List<IntentHandler> handlers) {
        Set<String> declared = new TreeSet<>();
        handlers.forEach(handler -> declared.addAll(handler.intents()));
        this.names = Set.copyOf(declared);
    }

    /** Every intent some handler declares. */
    public Set<String> names() {
        return names;
    }

    public boolean contains(String intent) {
        return intent != null && names.contains(intent);
    }
}
