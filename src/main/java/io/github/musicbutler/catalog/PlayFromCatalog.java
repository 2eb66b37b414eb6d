package io.github.musicbutler.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.catalog.CatalogResolver.Kind;
import io.github.musicbutler.catalog.CatalogResolver.Resolution;
import io.github.musicbutler.catalog.CatalogResolver.Wanted;
import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.linking.AccountLinking;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.reply.DeviceRef;
import io.github.musicbutler.reply.Playables;
import io.github.musicbutler.reply.StartPlaying;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.RequestDeadline;
import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.Playable;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * Plays or queues what the listener named from Spotify's catalog, as {@link CatalogResolver} resolves it, within
 * the request's one deadline: a clear result plays (or is queued) at once and is named; several are offered as a
 * {@link SearchChoice} (which keeps the device and whether to play or queue); nothing gets an honest answer and the
 * question again. The catalog is searched with the listener's own token when they linked, with the app's otherwise;
 * an unlinked listener hears what was found and that playing needs linking, with the LinkAccount card, as search
 * tells them. Failures are spoken by {@code SpotifyFailureHandler}.
 */
@Singleton
public class PlayFromCatalog {

    private final Spotify spotify;
    private final RequestDeadline deadlines;
    private final Dialogue dialogue;

    PlayFromCatalog(Spotify spotify, RequestDeadline deadlines, Dialogue dialogue) {
        this.spotify = spotify;
        this.deadlines = deadlines;
        this.dialogue = dialogue;
    }

    /**
     * Plays what was asked for, on {@code device} (the active one when {@code null}).
     *
     * @param askAgain the slot of this request's intent that asks again when nothing was found
     * @param looked   whether the listener's own playlists were looked through first (said when nothing is found)
     */
    public Optional<Response> play(HandlerInput input, Wanted wanted, Device device, String askAgain, boolean looked) {
        return answer(input, wanted, DeviceRef.of(device), SearchChoice.Then.PLAY, askAgain, looked);
    }

    /**
     * Plays what was asked for, on {@code device}, when the catalog has anything by that name; otherwise answers
     * {@code nothing} ("play life on mars" when neither a device "mars" nor anything called "life on mars" exists).
     */
    public Optional<Response> playOr(HandlerInput input, Wanted wanted, Device device,
            Supplier<Optional<Response>> nothing) {
        return answer(input, wanted, DeviceRef.of(device), SearchChoice.Then.PLAY, nothing);
    }

    /** Adds the song asked for to the queue of the active device. */
    public Optional<Response> queue(HandlerInput input, Wanted wanted, String askAgain) {
        return answer(input, wanted, null, SearchChoice.Then.QUEUE, askAgain, false);
    }

    private Optional<Response> answer(HandlerInput input, Wanted wanted, DeviceRef device, SearchChoice.Then then,
            String askAgain, boolean looked) {
        return answer(input, wanted, device, then, () -> notFound(input, Speech.of(input), wanted, then, askAgain,
                looked && AccountLinking.isLinked(input)));
    }

    private Optional<Response> answer(HandlerInput input, Wanted wanted, DeviceRef device, SearchChoice.Then then,
            Supplier<Optional<Response>> nothing) {
        Speech speech = Speech.of(input);
        SpotifySession catalog = spotify.forCatalog(AccountLinking.token(input), deadlines.of(input));
        Resolution found = CatalogResolver.resolve(catalog, wanted, speech.locale());
        boolean linked = AccountLinking.isLinked(input);
        return switch (found) {
            case Resolution.Nothing none -> nothing.get();
            case Resolution.Clear clear when !linked -> toLink(input, speech, List.of(clear.playable()), then);
            case Resolution.Several several when !linked -> toLink(input, speech, several.options(), then);
            case Resolution.Clear clear -> then == SearchChoice.Then.QUEUE
                    ? StartPlaying.queue(input, catalog, clear.playable(), null)
                    : StartPlaying.answer(input, catalog, clear.playable(), device == null ? null : device.id(),
                            device == null ? null : device.name(), false);
            case Resolution.Several several -> offer(input, speech, wanted, several.options(), device, then);
        };
    }

    private Optional<Response> offer(HandlerInput input, Speech speech, Wanted wanted, List<Playable> options,
            DeviceRef device, SearchChoice.Then then) {
        SearchChoice choice = SearchChoice.of(options, device, then);
        dialogue.ask(input, choice);
        List<Phrase> named = options.stream().map(option -> Playables.spoken(speech, option)).toList();
        Phrase said = options.size() == 1
                ? speech.say("catalog.suggest", wanted(speech, wanted), named.getFirst()).then(choice.again(speech))
                : speech.say("search.found", wanted.name(), SpokenList.join(speech, named)).then(choice.again(speech));
        String card = String.join("\n", IntStream.range(0, options.size())
                .mapToObj(i -> (i + 1) + ". " + named.get(i).text()).toList());
        return Cards.withArtwork(input.getResponseBuilder(), speech.say("card.title").text(), card,
                        options.stream().map(Playable::artwork).filter(art -> !art.isEmpty()).findFirst().orElse(List.of()))
                .withSpeech(said.ssml())
                .withReprompt(choice.again(speech).ssml())
                .withShouldEndSession(false)
                .build();
    }

    /** Found, but playing (or queueing) needs the listener's Spotify: what was found, and the card to link. */
    private static Optional<Response> toLink(HandlerInput input, Speech speech, List<Playable> found,
            SearchChoice.Then then) {
        Phrase named = SpokenList.join(speech, found.stream().map(result -> Playables.spoken(speech, result)).toList());
        String link = (then == SearchChoice.Then.QUEUE ? "catalog.link-to-queue" : "catalog.link-to-play")
                + (found.size() == 1 ? "" : ".several");
        return input.getResponseBuilder()
                .withSpeech(speech.say("catalog.found", named).then(speech.say(link)).ssml())
                .withLinkAccountCard()
                .withShouldEndSession(true)
                .build();
    }

    private static Optional<Response> notFound(HandlerInput input, Speech speech, Wanted wanted,
            SearchChoice.Then then, String askAgain, boolean looked) {
        String kind = looked ? "mine" : wanted.kind().name().toLowerCase(Locale.ROOT);
        Phrase reprompt = speech.say(then == SearchChoice.Then.QUEUE ? "catalog.what.queue" : "catalog.what");
        return Elicitation.ask(input, askAgain, speech.say("catalog.none." + kind, wanted(speech, wanted)).then(reprompt),
                reprompt);
    }

    /** What was asked for, as it is said back: "Bohemian Rhapsody by Queen". */
    private static Phrase wanted(Speech speech, Wanted wanted) {
        return wanted.artist() == null ? Phrase.of(wanted.name()) : speech.say("catalog.by", wanted.name(), wanted.artist());
    }

    /** For the playlist intents: what "play ‹name›" means when none of the listener's playlists is near. */
    public static Wanted anything(String name) {
        return new Wanted(Kind.ANYTHING, name, null);
    }

    /** {@link #anything(String)} by any of several readings of what was heard, the first the most likely. */
    public static Wanted anything(List<String> readings) {
        return Wanted.anyOf(Kind.ANYTHING, readings, null);
    }
}
