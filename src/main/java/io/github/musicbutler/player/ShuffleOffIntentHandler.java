package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;

/**
 * "Shuffle off".
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ShuffleOffIntentHandler extends PlayerCommandHandler {

    ShuffleOffIntentHandler() {
        super("AMAZON.ShuffleOffIntent", session -> session.shuffle(false), "player.shuffleOff");
    }
}
