package io.github.musicbutler.linking;

import java.util.Set;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import io.github.musicbutler.skill.IntentHandler;

/**
 * A handler of one intent that needs the listener's Spotify: the intent it answers is all it declares, and it is
 * asked for nothing else. The shape the feature families share ({@code PlayerCommandHandler}, {@code VolumeHandler},
 * {@code SeekHandler}, {@code LikedSongsHandler}, {@code PlaylistByNameHandler}).
 */
public abstract class LinkedIntentHandler extends LinkedAccountHandler implements IntentHandler {

    private final Set<String> intents;

    protected LinkedIntentHandler(String intent) {
        this.intents = Set.of(intent);
    }

    @Override
    public final Set<String> intents() {
        return intents;
    }

    @Override
    public final boolean canHandle(HandlerInput input) {
        return IntentHandler.super.canHandle(input);
    }
}
