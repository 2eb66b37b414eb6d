package io.github.musicbutler.toplists;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.Artist;
import io.github.musicbutler.spotify.ArtworkCard;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Who are my top artists (this month / of all time)": the user's five most listened artists.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class TopArtistsIntentHandler extends LinkedAccountHandler {

    static final int HOW_MANY = 5;

    private final Spotify spotify;

    TopArtistsIntentHandler(Spotify spotify) {
        this.spotify = spotify;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("TopArtistsIntent"));
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, String accessToken) {
        String range = TimeRange.of(input);
        SpotifySession session = spotify.of(input, accessToken);
        List<Artist> artists = session.await(session.topArtists(range, HOW_MANY));
        Speech speech = Speech.of(input);
        String when = speech.text("top.range." + range);
        if (artists.isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("top.none")).withShouldEndSession(true).build();
        }
        List<String> names = artists.stream().map(Artist::name).toList();
        return ArtworkCard.add(input.getResponseBuilder(), speech.text("top.artists.card", when),
                        String.join("\n", names), artists.getFirst().images())
                .withSpeech(speech.say("top.artists", when, SpokenList.join(speech, names)))
                .withShouldEndSession(true)
                .build();
    }
}
