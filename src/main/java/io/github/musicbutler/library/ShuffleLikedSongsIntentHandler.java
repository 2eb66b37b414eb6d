package io.github.musicbutler.library;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Shuffle my liked songs": the same songs in a mixed order, with Spotify's shuffle on.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ShuffleLikedSongsIntentHandler extends LikedSongsHandler {

    ShuffleLikedSongsIntentHandler() {
        super(Intents.ShuffleLikedSongs.NAME, Intents.ShuffleLikedSongs.DEVICE, true);
    }
}
