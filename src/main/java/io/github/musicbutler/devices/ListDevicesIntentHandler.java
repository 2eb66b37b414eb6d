package io.github.musicbutler.devices;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What are my devices": the Spotify Connect devices Spotify knows, and which one is playing.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ListDevicesIntentHandler extends LinkedAccountHandler {

    private final Spotify spotify;

    ListDevicesIntentHandler(Spotify spotify) {
        this.spotify = spotify;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("ListDevicesIntent"));
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, String accessToken) {
        SpotifySession session = spotify.of(input, accessToken);
        List<Device> devices = session.await(session.devices());
        Speech speech = Speech.of(input);
        if (devices.isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("devices.none")).withShouldEndSession(true).build();
        }
        List<String> names = devices.stream().map(Device::name).toList();
        StringBuilder said = new StringBuilder(devices.size() == 1
                ? speech.say("devices.one", names.getFirst())
                : speech.say("devices.list", devices.size(), SpokenList.join(speech, names)));
        devices.stream().filter(Device::isActive).findFirst()
                .ifPresent(active -> said.append(' ').append(speech.say("devices.active", active.name())));
        String card = String.join("\n", devices.stream()
                .map(d -> d.isActive() ? speech.text("devices.card.active", d.name()) : d.name()).toList());
        return input.getResponseBuilder()
                .withSpeech(said.toString())
                .withSimpleCard(speech.text("devices.card"), card)
                .withShouldEndSession(true)
                .build();
    }
}
