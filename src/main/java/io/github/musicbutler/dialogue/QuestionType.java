package io.github.musicbutler.dialogue;

import java.util.Map;
import java.util.Objects;

/**
 * The name under which a feature's question record is kept in the session ({@code "waitingFor"}). A feature
 * produces one bean of this type for each of its question records (see {@code docs/adding-an-intent.md}), so that
 * {@link Dialogue} reads and writes it without knowing the feature: the dialogue's package never imports one.
 *
 * @param previousFormat the attributes by which a question this record replaces was recognised in the previous
 *                       session format (read for one release, so a conversation that spans a deploy goes on);
 *                       empty when there was none
 */
public record QuestionType(String name, Class<? extends Question> type, Map<String, String> previousFormat) {

    public QuestionType {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
        previousFormat = Map.copyOf(previousFormat);
    }

    public static QuestionType of(String name, Class<? extends Question> type) {
        return new QuestionType(name, type, Map.of());
    }

    /** The same, also reading the previous format's question recognised by these attributes. */
    public QuestionType readingPrevious(Map<String, String> attributes) {
        return new QuestionType(name, type, attributes);
    }
}
