package io.github.musicbutler.library;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Play my liked songs": the newest first.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlayLikedSongsIntentHandler extends LikedSongsHandler {

    PlayLikedSongsIntentHandler() {
        super(Intents.PlayLikedSongs.NAME, Intents.PlayLikedSongs.DEVICE, false);
    }
}
