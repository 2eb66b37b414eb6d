package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.linking.SpokenTouchHandler;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.skill.HandlerPriority;

/** The now-playing screen's previous button: answered as the spoken "previous". */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PreviousTouchHandler extends SpokenTouchHandler {

    PreviousTouchHandler(PreviousIntentHandler spoken) {
        super(Touch.PREVIOUS, spoken);
    }
}
