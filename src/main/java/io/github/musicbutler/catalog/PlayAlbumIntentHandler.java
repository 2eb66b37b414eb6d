package io.github.musicbutler.catalog;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.catalog.CatalogResolver.Kind;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Play the album Random Access Memories (by Daft Punk)": that album, from its first song. Finding works without a linked account.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlayAlbumIntentHandler extends CatalogPlayHandler {

    PlayAlbumIntentHandler() {
        super(Intents.PlayAlbum.NAME, Kind.ALBUM, Intents.PlayAlbum.ALBUM, Intents.PlayAlbum.ARTIST, Intents.PlayAlbum.DEVICE);
    }
}
