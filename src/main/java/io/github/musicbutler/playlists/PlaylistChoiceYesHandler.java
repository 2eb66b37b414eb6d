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
import io.github.musicbutler.spotify.Spotify;

/**
 * "Yes" to "Did you mean A?" plays A; to "A or B?" it asks again which.
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class PlaylistChoiceYesHandler extends LinkedAccountHandler {

    private final Spotify spotify;
    private final PlaylistStarter starter;

    PlaylistChoiceYesHandler(Spotify spotify, PlaylistStarter starter) {
        this.spotify = spotify;
        this.starter = starter;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("AMAZON.YesIntent")) && PlaylistChoice.isOpen(input);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, String accessToken) {
        List<PlaylistChoice.Offered> offered = PlaylistChoice.offered(input);
        if (offered.size() == 1) {
            return starter.play(input, spotify.of(input, accessToken), offered.getFirst(),
                    PlaylistChoice.device(input).orElse(null));
        }
        String question = Speech.of(input).say("playlists.whichOfTwo", offered.get(0).name(), offered.get(1).name());
        return input.getResponseBuilder().withSpeech(question).withReprompt(question).build();
    }
}
