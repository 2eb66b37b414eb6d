package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.linking.SpokenTouchHandler;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.skill.HandlerPriority;

/** The now-playing screen's pause button: answered as the spoken "pause". */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PauseTouchHandler extends SpokenTouchHandler {

    PauseTouchHandler(PauseIntentHandler spoken) {
        super(Touch.PAUSE, spoken);
    }
}
