package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.RepeatMode;

/**
 * "Repeat this song": {@code PUT /me/player/repeat?state=track}.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class RepeatTrackIntentHandler extends PlayerCommandHandler {

    RepeatTrackIntentHandler() {
        super(Intents.REPEAT_TRACK, session -> session.repeat(RepeatMode.TRACK), "player.repeatTrack");
    }
}
