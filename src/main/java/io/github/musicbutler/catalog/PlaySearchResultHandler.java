package io.github.musicbutler.catalog;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.AccountLinking;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Play the first one" right after a search: starts that result on the user's Spotify, with the user's token.
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class PlaySearchResultHandler implements RequestHandler {

    private final AccountLinking accountLinking;
    private final Spotify spotify;

    PlaySearchResultHandler(AccountLinking accountLinking, Spotify spotify) {
        this.accountLinking = accountLinking;
        this.spotify = spotify;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("SelectOptionIntent")) && !results(input).isEmpty();
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<String> accessToken = accountLinking.accessToken(input);
        if (accessToken.isEmpty()) {
            return accountLinking.askToLink(input);
        }
        List<CatalogItem> results = results(input);
        Speech speech = Speech.of(input);
        Optional<CatalogItem> chosen = position(input)
                .filter(position -> position >= 1 && position <= results.size())
                .map(position -> results.get(position - 1));
        if (chosen.isEmpty()) {
            return input.getResponseBuilder()
                    .withSpeech(speech.say("play.which", results.size()))
                    .withReprompt(speech.say("search.choose.reprompt"))
                    .build();
        }
        // Spotify's refusals (link expired, no active device, Premium) are spoken by SpotifyFailureHandler.
        SpotifySession session = spotify.of(input, accessToken.get());
        CatalogItem item = chosen.get();
        session.await(item.type().isContext() ? session.play(item.uri(), null) : session.playTrack(item.uri()));
        input.getAttributesManager().getSessionAttributes().remove(SearchAnswer.RESULTS_ATTRIBUTE);
        return input.getResponseBuilder()
                .withSpeech(speech.text("play.started", chosen.get().spoken(speech)))
                .withShouldEndSession(true)
                .build();
    }

    /** AMAZON.Ordinal resolves "the second one" to "2". */
    private static Optional<Integer> position(HandlerInput input) {
        return SearchAnswer.slot(input, "position")
                .map(value -> value.replaceAll("\\D", ""))
                .filter(digits -> !digits.isEmpty() && digits.length() < 4)
                .map(Integer::valueOf);
    }

    private static List<CatalogItem> results(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null
                || !(input.getAttributesManager().getSessionAttributes().get(SearchAnswer.RESULTS_ATTRIBUTE) instanceof List<?> results)) {
            return List.of();
        }
        return results.stream()
                .filter(Map.class::isInstance)
                .map(result -> CatalogItem.fromSessionAttribute((Map<?, ?>) result))
                .toList();
    }
}
