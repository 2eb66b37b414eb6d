package io.github.musicbutler.playlists;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Spotify;

/**
 * "The second one", in answer to "Did you mean A or B?". Only while that question is open: other features that
 * offer choices handle SelectOptionIntent with their own session attribute.
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class PlaylistChoiceSelectHandler extends LinkedAccountHandler {

    private static final Map<String, Integer> ORDINAL_WORDS = Map.of("first", 1, "second", 2, "erste", 1,
            "ersten", 1, "zweite", 2, "zweiten", 2, "last", -1, "letzte", -1, "letzten", -1);

    private final Spotify spotify;
    private final PlaylistStarter starter;

    PlaylistChoiceSelectHandler(Spotify spotify, PlaylistStarter starter) {
        this.spotify = spotify;
        this.starter = starter;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("SelectOptionIntent")) && PlaylistChoice.isOpen(input);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, String accessToken) {
        List<PlaylistChoice.Offered> offered = PlaylistChoice.offered(input);
        int position = Slots.value(input, "position").map(PlaylistChoiceSelectHandler::position).orElse(0);
        if (position == -1) {
            position = offered.size();
        }
        if (position < 1 || position > offered.size()) {
            Speech speech = Speech.of(input);
            String question = offered.size() == 2
                    ? speech.say("playlists.didYouMean", offered.get(0).name(), offered.get(1).name())
                    : speech.say("playlists.suggest.reprompt", offered.getFirst().name());
            return input.getResponseBuilder().withSpeech(question).withReprompt(question).build();
        }
        return starter.play(input, spotify.of(input, accessToken), offered.get(position - 1),
                PlaylistChoice.device(input).orElse(null));
    }

    /** AMAZON.Ordinal gives "1st", "2nd" or the words themselves. */
    private static int position(String value) {
        String digits = value.replaceAll("\\D", "");
        if (!digits.isEmpty()) {
            return Integer.parseInt(digits);
        }
        return ORDINAL_WORDS.getOrDefault(value.trim().toLowerCase(java.util.Locale.ROOT), 0);
    }
}
