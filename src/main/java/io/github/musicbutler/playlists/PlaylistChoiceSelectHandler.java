package io.github.musicbutler.playlists;

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
import io.github.musicbutler.spotify.Spotify;

/**
 * "The second one", in answer to "Did you mean A or B?". Only while that question is open: other features that
 * offer choices handle SelectOptionIntent with their own session attribute.
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class PlaylistChoiceSelectHandler extends LinkedAccountHandler {

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
        Optional<PlaylistChoice.Offered> chosen = Slots.value(input, "position")
                .flatMap(position -> PlaylistChoice.byPosition(offered, position));
        if (chosen.isEmpty()) {
            Speech speech = Speech.of(input);
            String question = offered.size() == 2
                    ? speech.say("playlists.didYouMean", offered.get(0).name(), offered.get(1).name())
                    : speech.say("playlists.suggest.reprompt", offered.getFirst().name());
            return input.getResponseBuilder().withSpeech(question).withReprompt(question).build();
        }
        return starter.play(input, spotify.of(input, accessToken), chosen.get(),
                PlaylistChoice.device(input).orElse(null));
    }
}
