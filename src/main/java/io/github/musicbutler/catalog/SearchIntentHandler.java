package io.github.musicbutler.catalog;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Search for bohemian rhapsody": the best song, artist and album. Works without a linked account.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SearchIntentHandler extends CatalogSearchHandler {

    SearchIntentHandler() {
        super(Intents.Search.NAME, Intents.Search.QUERY, "search", CatalogSearch::anything);
    }
}
