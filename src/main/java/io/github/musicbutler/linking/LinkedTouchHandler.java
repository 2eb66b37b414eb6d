package io.github.musicbutler.linking;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import io.github.musicbutler.screens.TouchHandler;

/**
 * A handler of one kind of touch that needs the listener's Spotify: the event it answers is all it declares, and it
 * is asked for nothing else. What {@link LinkedIntentHandler} is to intents, for the touches of a screen.
 */
public abstract class LinkedTouchHandler extends LinkedAccountHandler implements TouchHandler {

    private final String event;

    protected LinkedTouchHandler(String event) {
        this.event = event;
    }

    @Override
    public final String event() {
        return event;
    }

    @Override
    public final boolean canHandle(HandlerInput input) {
        return TouchHandler.super.canHandle(input);
    }
}
