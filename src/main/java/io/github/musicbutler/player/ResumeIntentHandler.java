package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Resume": continues playback on the active device.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ResumeIntentHandler extends PlayerCommandHandler {

    ResumeIntentHandler() {
        super(Intents.RESUME, SpotifySession::resume, "player.resumed");
    }
}
