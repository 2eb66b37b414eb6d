package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.linking.SpokenTouchHandler;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.skill.HandlerPriority;

/** The now-playing screen's next button: answered as the spoken "next". */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class NextTouchHandler extends SpokenTouchHandler {

    NextTouchHandler(NextIntentHandler spoken) {
        super(Touch.NEXT, spoken);
    }
}
