package io.github.musicbutler.devices;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedTouchHandler;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.screens.TouchHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * A touch on a device of the list a screen shows: "play on the kitchen speaker", answered as
 * {@link PlayOnDeviceIntentHandler} answers it. The touch carries Spotify's device id; only a device Spotify lists now
 * is used (devices come and go), anything else is a stale touch.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class DeviceTouchHandler extends LinkedTouchHandler {

    DeviceTouchHandler() {
        super(Touch.DEVICE);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Optional<String> id = Touch.target(input);
        if (id.isEmpty()) {
            return TouchHandler.stale(input);
        }
        return spotify.devices().stream().filter(device -> id.get().equals(device.id())).findFirst()
                .flatMap(device -> PlayOnDeviceIntentHandler.switchTo(input, spotify, Speech.of(input), device))
                .or(() -> TouchHandler.stale(input));
    }
}
