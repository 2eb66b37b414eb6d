package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.RepeatMode;

/**
 * "Repeat on", "loop": repeats what is playing from (the playlist or album), {@code PUT /me/player/repeat?state=context}.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class LoopOnIntentHandler extends PlayerCommandHandler {

    LoopOnIntentHandler() {
        super(Intents.LOOP_ON, session -> session.repeat(RepeatMode.CONTEXT), "player.repeatOn");
    }
}
