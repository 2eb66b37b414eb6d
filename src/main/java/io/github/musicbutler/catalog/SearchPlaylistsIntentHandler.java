package io.github.musicbutler.catalog;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.HandlerPriority;

/**
 * "Find playlists about rainy sundays": the top playlists. Works without a linked account.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SearchPlaylistsIntentHandler implements RequestHandler {

    private final CatalogSearch search;
    private final SearchAnswer answer;

    SearchPlaylistsIntentHandler(CatalogSearch search, SearchAnswer answer) {
        this.search = search;
        this.answer = answer;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("SearchPlaylistsIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return SearchAnswer.slot(input, "query")
                .map(query -> answer.answer(input, "search.playlists.found", query,
                        search.playlists(query, Speech.of(input).locale())))
                .orElseGet(() -> answer.askFor(input, "query", "search.playlists.what"));
    }
}
