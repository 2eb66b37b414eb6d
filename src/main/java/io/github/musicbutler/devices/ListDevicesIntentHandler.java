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
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.reply.Places;
import io.github.musicbutler.screens.ListScreen;
import io.github.musicbutler.screens.Screens;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What are my devices": the Spotify Connect devices Spotify knows, which one is playing, and how to move the music
 * to another (the session stays open for that).
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ListDevicesIntentHandler extends LinkedAccountHandler implements IntentHandler {

    @Override
    public Set<String> intents() {
        return Set.of(Intents.LIST_DEVICES);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        List<Device> devices = spotify.devices();
        Speech speech = Speech.of(input);
        if (devices.isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("devices.none").ssml())
                    .withShouldEndSession(true).build();
        }
        List<String> names = devices.stream().map(Device::name).toList();
        Phrase said = devices.size() == 1
                ? speech.say("devices.one", names.getFirst())
                : speech.say("devices.list", devices.size(), SpokenList.names(speech, names));
        Optional<Device> active = devices.stream().filter(Device::isActive).findFirst();
        String card = String.join("\n", devices.stream()
                .map(d -> d.isActive() ? speech.say("devices.card.active", d.name()).text() : d.name()).toList());
        // each device as the card names it; touching one moves the music there, as "switch to" does
        ListScreen screen = new ListScreen(speech.say("devices.card").text(),
                devices.size() == 1 ? "" : speech.say("screen.hint.device").text(), devices.stream()
                        .map(d -> new ListScreen.Item(d.isActive() ? speech.say("devices.card.active", d.name()).text()
                                : d.name(), "", "", Touch.DEVICE, d.id()))
                        .toList());
        if (devices.size() == 1) {
            // Nowhere else to move the music: nothing to choose, so the session closes.
            return Screens.show(input, input.getResponseBuilder(), screen)
                    .withSpeech(active.map(d -> said.then(speech.say("devices.active", Places.of(speech, d)))).orElse(said).ssml())
                    .withSimpleCard(speech.say("devices.card").text(), card)
                    .withShouldEndSession(true)
                    .build();
        }
        // A list to choose from: the session stays open, and the answer says how to choose.
        String example = devices.stream().filter(d -> !d.isActive()).findFirst().orElse(devices.getFirst()).name();
        Phrase answer = active.map(d -> said.then(speech.say("devices.active", Places.of(speech, d)))).orElse(said)
                .then(speech.say("devices.next"));
        return Screens.show(input, input.getResponseBuilder(), screen)
                .withSpeech(answer.ssml())
                .withReprompt(speech.say("devices.next.reprompt", example).ssml())
                .withSimpleCard(speech.say("devices.card").text(), card)
                .withShouldEndSession(false)
                .build();
    }
}
