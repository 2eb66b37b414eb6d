package io.github.musicbutler.toplists;

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
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What are my top tracks (this month / of all time)": the user's five most played songs with their artists.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class TopTracksIntentHandler extends LinkedAccountHandler {

    private final Spotify spotify;

    TopTracksIntentHandler(Spotify spotify) {
        this.spotify = spotify;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("TopTracksIntent"));
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, String accessToken) {
        String range = TimeRange.of(input);
        SpotifySession session = spotify.of(input, accessToken);
        List<PlayableItem> tracks = session.await(session.topTracks(range, TopList.HOW_MANY));
        Speech speech = Speech.of(input);
        String and = speech.text("list.and");
        List<String> songs = tracks.stream().map(t -> speech.text("contents.song", t.name(), t.byline(and))).toList();
        return TopList.answer(input, "tracks", range, songs, tracks.isEmpty() ? List.of() : tracks.getFirst().artwork());
    }
}
