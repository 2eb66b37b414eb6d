package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Shuffle on".
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ShuffleOnIntentHandler extends PlayerCommandHandler {

    ShuffleOnIntentHandler() {
        super(Intents.SHUFFLE_ON, session -> session.shuffle(true), "player.shuffleOn");
    }
}
