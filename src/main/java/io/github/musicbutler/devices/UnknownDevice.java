package io.github.musicbutler.devices;

import java.util.List;
import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.Device;

/**
 * The answer when no Spotify Connect device matches the name heard: the names of the user's devices and which one
 * to use (the answer is the same intent's {@code device} slot), or that Spotify sees none at all.
 */
public final class UnknownDevice {

    private UnknownDevice() {
    }

    public static Optional<Response> answer(HandlerInput input, Speech speech, String heard, List<Device> devices) {
        List<String> names = devices.stream().map(Device::name).toList();
        if (names.isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("devices.unknown.none", heard).ssml())
                    .withShouldEndSession(true).build();
        }
        // One of the names just heard is the natural answer: Alexa takes it as the device slot of this intent.
        return Elicitation.ask(input, Intents.PlayOnDevice.DEVICE, speech.say("devices.unknown", heard, SpokenList.names(speech, names)),
                speech.say("devices.which"));
    }
}
