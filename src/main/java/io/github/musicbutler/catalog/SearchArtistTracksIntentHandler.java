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
 * "Find songs by Adele": that artist's top songs in the catalog. Works without a linked account.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SearchArtistTracksIntentHandler implements RequestHandler {

    private final CatalogSearch search;
    private final SearchAnswer answer;

    SearchArtistTracksIntentHandler(CatalogSearch search, SearchAnswer answer) {
        this.search = search;
        this.answer = answer;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("SearchArtistTracksIntent"));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return SearchAnswer.slot(input, "artist")
                .map(artist -> answer.answer(input, "search.songs-by.found", artist,
                        search.songsBy(artist, Speech.of(input).locale())))
                .orElseGet(() -> answer.askFor(input, "artist", "search.songs-by.what"));
    }
}
