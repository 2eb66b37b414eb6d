package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.RepeatMode;

/**
 * "Turn repeat off": {@code PUT /me/player/repeat?state=off}.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class LoopOffIntentHandler extends PlayerCommandHandler {

    LoopOffIntentHandler() {
        super(Intents.LOOP_OFF, session -> session.repeat(RepeatMode.OFF), "player.repeatOff");
    }
}
