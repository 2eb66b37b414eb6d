package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Shuffle off".
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ShuffleOffIntentHandler extends PlayerCommandHandler {

    ShuffleOffIntentHandler() {
        super(Intents.SHUFFLE_OFF, session -> session.shuffle(false), "player.shuffleOff");
    }
}
