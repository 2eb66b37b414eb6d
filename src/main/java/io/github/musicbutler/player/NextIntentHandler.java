package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Skip", "next song": the next track.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class NextIntentHandler extends PlayerCommandHandler {

    NextIntentHandler() {
        super(Intents.NEXT, SpotifySession::next, "player.next");
    }
}
