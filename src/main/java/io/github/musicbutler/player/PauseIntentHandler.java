package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Pause": pauses playback on the active device.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PauseIntentHandler extends PlayerCommandHandler {

    PauseIntentHandler() {
        super(Intents.PAUSE, SpotifySession::pause, "player.paused");
    }
}
