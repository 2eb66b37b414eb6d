package io.github.musicbutler.skill;

import java.util.List;
import java.util.Map;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

/**
 * The choices a user can answer with "the first one" (SelectOptionIntent): a "Did you mean A or B?" about
 * playlists, or the results of a search. Only the question asked last may stay open, so that exactly one of the
 * handlers waiting for an answer can take it.
 */
public final class PendingChoice {

    public static final String PLAYLISTS = "playlists.didYouMean";
    public static final String SEARCH_RESULTS = "catalog.results";

    private static final List<String> ALL = List.of(PLAYLISTS, SEARCH_RESULTS);

    private PendingChoice() {
    }

    /** Leaves {@code choices} under {@code key} in the session and forgets any other pending choice. */
    public static void offer(HandlerInput input, String key, Object choices) {
        Map<String, Object> session = input.getAttributesManager().getSessionAttributes();
        ALL.forEach(session::remove);
        session.put(key, choices);
    }
}
