package io.github.musicbutler.catalog;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;

/**
 * "Find playlists about rainy sundays": the top playlists. Works without a linked account.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SearchPlaylistsIntentHandler extends CatalogSearchHandler {

    SearchPlaylistsIntentHandler() {
        super("SearchPlaylistsIntent", "query", "search.playlists", CatalogSearch::playlists);
    }
}
