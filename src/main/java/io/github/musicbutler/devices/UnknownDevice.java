package io.github.musicbutler.devices;

import java.util.List;
import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.spotify.Device;

/**
 * The answer when no Spotify Connect device matches the name heard: the names of the user's devices, so they can
 * ask again with one of them, or that Spotify sees none at all.
 */
public final class UnknownDevice {

    private UnknownDevice() {
    }

    public static Optional<Response> answer(HandlerInput input, Speech speech, String heard, List<Device> devices) {
        List<String> names = devices.stream().map(Device::name).toList();
        return input.getResponseBuilder()
                .withSpeech((names.isEmpty() ? speech.say("devices.unknown.none", heard)
                        : speech.say("devices.unknown", heard, SpokenList.names(speech, names))).ssml())
                .withShouldEndSession(true).build();
    }
}
