package io.github.musicbutler.catalog;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.catalog.CatalogResolver.Kind;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Queue Bohemian Rhapsody", "add Bohemian Rhapsody by Queen to the queue", "play … next": the song is added to the queue. Finding works without a linked account.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class QueueSongIntentHandler extends CatalogPlayHandler {

    QueueSongIntentHandler() {
        super(Intents.QueueSong.NAME, Kind.SONG, Intents.QueueSong.SONG, Intents.QueueSong.ARTIST, null);
    }
}
