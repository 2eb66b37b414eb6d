package io.github.musicbutler.catalog;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Find playlists about rainy sundays": the top playlists. Works without a linked account.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SearchPlaylistsIntentHandler extends CatalogSearchHandler {

    SearchPlaylistsIntentHandler() {
        super(Intents.SearchPlaylists.NAME, Intents.SearchPlaylists.QUERY, "search.playlists", CatalogSearch::playlists);
    }
}
