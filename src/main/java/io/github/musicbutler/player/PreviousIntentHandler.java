package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Previous song": back one track.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PreviousIntentHandler extends PlayerCommandHandler {

    PreviousIntentHandler() {
        super(Intents.PREVIOUS, SpotifySession::previous, "player.previous");
    }
}
