package io.github.musicbutler.library;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.ArtworkCard;
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.Playback;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Save this song": adds what is playing to the user's library ({@code PUT /me/library} with its URI).
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SaveCurrentTrackIntentHandler extends LinkedAccountHandler {

    private final Spotify spotify;

    SaveCurrentTrackIntentHandler(Spotify spotify) {
        this.spotify = spotify;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("SaveCurrentTrackIntent"));
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, String accessToken) {
        SpotifySession session = spotify.of(input, accessToken);
        Speech speech = Speech.of(input);
        Optional<PlayableItem> playing = session.await(session.currentlyPlaying()).map(Playback::item);
        if (playing.isEmpty() || playing.get().uri() == null) {
            return input.getResponseBuilder().withSpeech(speech.say("library.nothingPlaying"))
                    .withShouldEndSession(true).build();
        }
        PlayableItem item = playing.get();
        session.await(session.saveToLibrary(item.uri()));
        String byline = item.byline(speech.text("list.and"));
        return ArtworkCard.add(input.getResponseBuilder(), item.name(), speech.text("library.saved.card", byline),
                        item.artwork())
                .withSpeech(speech.say("library.saved", item.name(), byline))
                .withShouldEndSession(true)
                .build();
    }
}
