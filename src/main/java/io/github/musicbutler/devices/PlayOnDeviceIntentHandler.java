package io.github.musicbutler.devices;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Play on the kitchen speaker": moves playback to the named device and keeps it playing.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlayOnDeviceIntentHandler extends LinkedAccountHandler {

    private final Spotify spotify;

    PlayOnDeviceIntentHandler(Spotify spotify) {
        this.spotify = spotify;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("PlayOnDeviceIntent"));
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, String accessToken) {
        Speech speech = Speech.of(input);
        Optional<String> heard = Slots.value(input, "device");
        if (heard.isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("devices.which"))
                    .withReprompt(speech.say("devices.which")).build();
        }
        SpotifySession session = spotify.of(input, accessToken);
        List<Device> devices = session.await(session.devices());
        Optional<Device> device = DeviceFinder.find(heard.get(), devices);
        if (device.isEmpty()) {
            return UnknownDevice.answer(input, speech, heard.get(), devices);
        }
        session.await(session.transfer(device.get().id()));
        return input.getResponseBuilder()
                .withSpeech(speech.say("devices.switched", device.get().name()))
                .withSimpleCard(speech.text("devices.card"), speech.text("devices.switched", device.get().name()))
                .withShouldEndSession(true)
                .build();
    }
}
