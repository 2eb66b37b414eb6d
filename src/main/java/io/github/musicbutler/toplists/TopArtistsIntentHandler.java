package io.github.musicbutler.toplists;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.Artist;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Who are my top artists (this month / of all time)": the user's five most listened artists.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class TopArtistsIntentHandler extends LinkedAccountHandler implements IntentHandler {

    @Override
    public Set<String> intents() {
        return Set.of(Intents.TopArtists.NAME);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        String range = TimeRange.of(input);
        List<Artist> artists = spotify.topArtists(range, TopList.HOW_MANY);
        return TopList.answer(input, "artists", range, artists.stream().map(Artist::name).map(Phrase::of).toList(),
                artists.stream().map(Artist::images).toList());
    }
}
