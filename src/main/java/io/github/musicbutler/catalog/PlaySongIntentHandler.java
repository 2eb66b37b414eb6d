package io.github.musicbutler.catalog;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.catalog.CatalogResolver.Kind;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Play the song Bohemian Rhapsody (by Queen) (on the kitchen speaker)": the best song of that name (of that artist). Finding works without a linked account.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlaySongIntentHandler extends CatalogPlayHandler {

    PlaySongIntentHandler() {
        super(Intents.PlaySong.NAME, Kind.SONG, Intents.PlaySong.SONG, Intents.PlaySong.ARTIST, Intents.PlaySong.DEVICE);
    }
}
