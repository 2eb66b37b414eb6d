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
 * "Search for bohemian rhapsody": the best song, artist and album. Works without a linked account.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SearchIntentHandler implements RequestHandler {

    private final CatalogSearch search;
    private final SearchAnswer answer;

    SearchIntentHandler(CatalogSearch search, SearchAnswer answer) {
        this.search = search;
        this.answer = answer;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("SearchIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return SearchAnswer.slot(input, "query")
                .map(query -> answer.answer(input, "search.found", query,
                        search.anything(query, Speech.of(input).locale())))
                .orElseGet(() -> answer.askFor(input, "query", "search.what"));
    }
}
