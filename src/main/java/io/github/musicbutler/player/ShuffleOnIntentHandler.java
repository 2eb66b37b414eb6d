package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;

/**
 * "Shuffle on".
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ShuffleOnIntentHandler extends PlayerCommandHandler {

    ShuffleOnIntentHandler() {
        super("AMAZON.ShuffleOnIntent", session -> session.shuffle(true), "player.shuffleOn");
    }
}
