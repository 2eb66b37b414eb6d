package io.github.musicbutler.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Inject;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.catalog.CatalogResolver.Kind;
import io.github.musicbutler.catalog.CatalogResolver.Wanted;
import io.github.musicbutler.devices.TitleAndDevice;
import io.github.musicbutler.devices.UnknownDevice;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.AccountLinking;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.RequestDeadline;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.Spotify;

/**
 * "Play the song …", "play the album …", "play music by …" (and "… on the kitchen speaker"), "queue …": the kind
 * of thing named, the name, the artist with "by …", the device; {@link PlayFromCatalog} does the rest. Without a
 * name heard, the listener is asked for one. Works without linking as far as finding goes.
 */
abstract class CatalogPlayHandler implements IntentHandler {

    @Inject
    PlayFromCatalog catalog;

    @Inject
    Spotify spotify;

    @Inject
    RequestDeadline deadlines;

    private final String intent;
    private final Kind kind;
    private final String nameSlot;
    private final String artistSlot;
    private final String deviceSlot;

    /**
     * @param artistSlot the slot of "by ‹artist›", or {@code null}
     * @param deviceSlot the slot of "on ‹device›", or {@code null} when the intent has none (queueing)
     */
    CatalogPlayHandler(String intent, Kind kind, String nameSlot, String artistSlot, String deviceSlot) {
        this.intent = intent;
        this.kind = kind;
        this.nameSlot = nameSlot;
        this.artistSlot = artistSlot;
        this.deviceSlot = deviceSlot;
    }

    @Override
    public final Set<String> intents() {
        return Set.of(intent);
    }

    @Override
    public final boolean canHandle(HandlerInput input) {
        return IntentHandler.super.canHandle(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech speech = Speech.of(input);
        Optional<String> name = Slots.value(input, nameSlot).map(String::strip).filter(said -> !said.isEmpty());
        if (name.isEmpty()) {
            Phrase question = speech.say("catalog.what." + (deviceSlot == null ? "queue" : kind.name().toLowerCase()));
            return Elicitation.ask(input, nameSlot, question, question);
        }
        String artist = artistSlot == null ? null : Slots.value(input, artistSlot).orElse(null);
        Wanted wanted = new Wanted(kind, name.get(), artist);
        if (deviceSlot == null) {
            return catalog.queue(input, wanted, nameSlot);
        }
        Optional<String> deviceHeard = Slots.value(input, deviceSlot);
        if (deviceHeard.isEmpty() || !AccountLinking.isLinked(input)) {
            return catalog.play(input, wanted, null, nameSlot, false);
        }
        List<Device> devices = spotify.forUser(AccountLinking.token(input).orElseThrow(), deadlines.of(input)).devices();
        TitleAndDevice said = TitleAndDevice.read(speech, wanted.name(), deviceHeard.get(), devices);
        Wanted named = Wanted.anyOf(kind, said.titles(), artist);
        if (said.device() != null) {
            return catalog.play(input, named, said.device(), nameSlot, false);
        }
        // "Play the song life on mars": no device called mars, so the whole phrase is the song; only when nothing is
        // called that is the device the question.
        return catalog.playOr(input, named, null, () -> UnknownDevice.answer(input, speech, deviceHeard.get(), devices));
    }
}
