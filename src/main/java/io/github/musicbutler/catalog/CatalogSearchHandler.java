package io.github.musicbutler.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;

import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.linking.AccountLinking;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.reply.Playables;
import io.github.musicbutler.screens.ListScreen;
import io.github.musicbutler.screens.Screens;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.RequestDeadline;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Playable;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * How every search is asked and answered, with the app's own token so that it works without linking: the top
 * results read out, then, for a linked user, the offer to play one (a {@link SearchChoice} for the next turn); for an
 * unlinked user, how linking makes that possible. Failures are spoken by {@code SpotifyFailureHandler}.
 */
abstract class CatalogSearchHandler implements IntentHandler {

    /** One way of searching: the catalog with the app's token, what was said, the listener's locale. */
    @FunctionalInterface
    interface Search {
        List<Playable> find(SpotifySession catalog, String said, Locale locale);
    }

    @Inject
    Spotify spotify;

    @Inject
    RequestDeadline deadlines;

    @Inject
    Dialogue dialogue;

    private final String intent;
    private final String slot;
    private final String messages;
    private final Search search;

    /**
     * @param messages the speech key prefix: {@code <messages>.found} introduces the results ({@code %1$s} what
     *                 was searched for, {@code %2$s} the results), {@code <messages>.what} asks for the slot
     */
    CatalogSearchHandler(String intent, String slot, String messages, Search search) {
        this.intent = intent;
        this.slot = slot;
        this.messages = messages;
        this.search = search;
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
        Optional<String> said = Slots.value(input, slot).map(String::strip);
        if (said.isEmpty()) {
            Phrase question = speech.say(messages + ".what");
            return Elicitation.ask(input, slot, question, question);
        }
        List<Playable> results = search.find(spotify.forApp(deadlines.of(input)), said.get(), speech.locale());
        if (results.isEmpty()) {
            // The bare answer ("queen") is this intent's slot again: Alexa is told so.
            return Elicitation.ask(input, slot, speech.say("search.none", said.get()), speech.say(messages + ".what"));
        }
        // What was searched for, as Spotify spells it where a result carries that name ("Adele", not "adele").
        String searched = results.stream().flatMap(result -> Stream.of(result.by(), result.name()))
                .filter(name -> name != null && speech.names().sameName(said.get(), name))
                .findFirst().orElse(said.get());
        // "Songs by Adele: Someone Like You and Hello", not "… by Adele" after every title.
        boolean allBySearched = results.stream()
                .allMatch(result -> result.by() != null && speech.names().sameName(searched, result.by()));
        List<Phrase> named = results.stream().map(result -> Playables.spoken(speech, allBySearched
                ? new Playable(result.kind(), result.name(), result.uri(), null, result.image()) : result)).toList();
        boolean one = results.size() == 1;
        Phrase found = speech.say(messages + (one ? ".found.one" : ".found"), searched, SpokenList.join(speech, named));
        // the numbered choices the voice offers; touching one is "the second one"
        boolean linked = AccountLinking.isLinked(input);
        ResponseBuilder response = Screens.show(input, input.getResponseBuilder(), new ListScreen(
                speech.say("screen.search").text(), speech.say(linked ? "screen.hint.play" : "screen.link").text(),
                IntStream.range(0, results.size()).mapToObj(i -> ListScreen.Item.of(results.get(i).name(),
                        results.get(i).by(), results.get(i).artwork(), linked ? Touch.CHOOSE : "",
                        String.valueOf(i + 1))).toList()));
        if (!linked) {
            return response
                    .withSpeech(found.then(speech.say(one ? "catalog.link-to-play" : "search.link-to-play")).ssml())
                    .withLinkAccountCard()
                    .withShouldEndSession(true)
                    .build();
        }
        dialogue.ask(input, SearchChoice.of(results));
        String card = String.join("\n", IntStream.range(0, results.size())
                .mapToObj(i -> (i + 1) + ". " + Playables.spoken(speech, results.get(i)).text()).toList());
        return Cards.withArtwork(response, speech.say("card.title").text(), card,
                        results.stream().map(Playable::artwork).filter(art -> !art.isEmpty()).findFirst().orElse(List.of()))
                .withSpeech(found.then(speech.say(one ? "search.choose.one" : "search.choose")).ssml())
                .withReprompt(speech.say(one ? "search.choose.one.reprompt" : "search.choose.reprompt").ssml())
                .build();
    }
}
