package io.github.musicbutler.catalog;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.ui.Image;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.skill.PendingChoice;
import io.github.musicbutler.i18n.Ssml;
import io.github.musicbutler.linking.AccountLinking;

/**
 * How every search answers: the top results read out, and then, for a linked user, the offer to play one (the
 * results stay in the session for {@link PlaySearchResultHandler}); for an unlinked user, how linking makes that
 * possible.
 */
@Singleton
public class SearchAnswer {

    /** Session attribute: the results just read out, as maps of type, name, uri and by. */
    public static final String RESULTS_ATTRIBUTE = PendingChoice.SEARCH_RESULTS;

    private final AccountLinking accountLinking;

    SearchAnswer(AccountLinking accountLinking) {
        this.accountLinking = accountLinking;
    }

    /** The slot's value, if the user said one. */
    public static Optional<String> slot(HandlerInput input, String name) {
        return Optional.of(input.getRequestEnvelope().getRequest())
                .filter(IntentRequest.class::isInstance)
                .map(request -> ((IntentRequest) request).getIntent())
                .map(intent -> intent.getSlots() == null ? null : intent.getSlots().get(name))
                .map(Slot::getValue)
                .map(String::strip)
                .filter(value -> !value.isEmpty());
    }

    /** "What should I search for?", with Alexa asking for the missing slot. */
    public Optional<Response> askFor(HandlerInput input, String slot, String speechKey) {
        Speech speech = Speech.of(input);
        return input.getResponseBuilder()
                .withSpeech(speech.say(speechKey))
                .withReprompt(speech.say(speechKey))
                .addElicitSlotDirective(slot, ((IntentRequest) input.getRequestEnvelope().getRequest()).getIntent())
                .build();
    }

    /**
     * @param foundKey the sentence that introduces the results: {@code %1$s} what was searched for, {@code %2$s}
     *                 the results
     */
    public Optional<Response> answer(HandlerInput input, String foundKey, String searchedFor, List<CatalogItem> results) {
        Speech speech = Speech.of(input);
        if (results.isEmpty()) {
            return input.getResponseBuilder()
                    .withSpeech(speech.say("search.none", searchedFor))
                    .withReprompt(speech.say("search.none.reprompt"))
                    .build();
        }
        // say() would escape the already escaped results a second time: the pattern gets escaped arguments instead.
        String found = speech.text(foundKey, Ssml.escape(searchedFor), spokenList(speech, results));
        if (!accountLinking.isLinked(input)) {
            return input.getResponseBuilder()
                    .withSpeech(found + " " + speech.say("search.link-to-play"))
                    .withLinkAccountCard()
                    .withShouldEndSession(true)
                    .build();
        }
        PendingChoice.offer(input, RESULTS_ATTRIBUTE, results.stream().map(CatalogItem::toSessionAttribute).toList());
        return input.getResponseBuilder()
                .withSpeech(found + " " + speech.say("search.choose"))
                .withReprompt(speech.say("search.choose.reprompt"))
                .withStandardCard(speech.text("card.title"), card(speech, results), image(results))
                .build();
    }

    /** "A", "A and B", "A, B, and C" in the listener's language. */
    static String spokenList(Speech speech, List<CatalogItem> results) {
        return SpokenList.join(speech, results.stream().map(item -> item.spoken(speech)).toList());
    }

    private static String card(Speech speech, List<CatalogItem> results) {
        return String.join("\n", IntStream.range(0, results.size())
                .mapToObj(i -> (i + 1) + ". " + results.get(i).written(speech))
                .toList());
    }

    private static Image image(List<CatalogItem> results) {
        return results.stream()
                .map(CatalogItem::imageUrl)
                .filter(url -> url != null && url.startsWith("https://"))
                .findFirst()
                .map(url -> Image.builder().withSmallImageUrl(url).withLargeImageUrl(url).build())
                .orElse(null);
    }
}
