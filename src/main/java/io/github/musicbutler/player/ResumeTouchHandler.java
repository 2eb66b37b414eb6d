package io.github.musicbutler.player;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import io.github.musicbutler.linking.SpokenTouchHandler;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.skill.HandlerPriority;

/** The now-playing screen's resume button (its pause button while paused): answered as the spoken "resume". */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ResumeTouchHandler extends SpokenTouchHandler {

    ResumeTouchHandler(ResumeIntentHandler spoken) {
        super(Touch.RESUME, spoken);
    }
}
