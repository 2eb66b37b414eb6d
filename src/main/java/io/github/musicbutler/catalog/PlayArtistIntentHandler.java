package io.github.musicbutler.catalog;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.catalog.CatalogResolver.Kind;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Play music by Adele", "play something by Adele": that artist, as Spotify plays an artist. Finding works without a linked account.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlayArtistIntentHandler extends CatalogPlayHandler {

    PlayArtistIntentHandler() {
        super(Intents.PlayArtist.NAME, Kind.ARTIST, Intents.PlayArtist.ARTIST, null, Intents.PlayArtist.DEVICE);
    }
}
