package io.github.musicbutler.catalog;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Find songs by Adele": that artist's top songs in the catalog. Works without a linked account.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SearchArtistTracksIntentHandler extends CatalogSearchHandler {

    SearchArtistTracksIntentHandler() {
        super(Intents.SearchArtistTracks.NAME, Intents.SearchArtistTracks.ARTIST, "search.songs-by", CatalogSearch::songsBy);
    }
}
