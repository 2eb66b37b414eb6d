package io.github.musicbutler.devices;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.reply.Places;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Play on the kitchen speaker": moves playback to the named device and keeps it playing.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlayOnDeviceIntentHandler extends LinkedAccountHandler implements IntentHandler {

    @Override
    public Set<String> intents() {
        return Set.of(Intents.PlayOnDevice.NAME);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        Optional<String> heard = Slots.value(input, Intents.PlayOnDevice.DEVICE);
        if (heard.isEmpty()) {
            Phrase question = speech.say("devices.which");
            return Elicitation.ask(input, Intents.PlayOnDevice.DEVICE, question, question);
        }
        List<Device> devices = spotify.devices();
        Optional<Device> device = DeviceFinder.find(speech, heard.get(), devices);
        if (device.isEmpty()) {
            return UnknownDevice.answer(input, speech, heard.get(), devices);
        }
        return switchTo(input, spotify, speech, device.get());
    }

    /** Moves playback to {@code device} and says so: for the device named and the device touched alike. */
    static Optional<Response> switchTo(HandlerInput input, SpotifySession spotify, Speech speech, Device device) {
        spotify.transfer(device);
        Phrase switched = speech.say("devices.switched", Places.of(speech, device));
        return input.getResponseBuilder()
                .withSpeech(switched.ssml())
                .withSimpleCard(device.name(), switched.text())
                .withShouldEndSession(true)
                .build();
    }
}
