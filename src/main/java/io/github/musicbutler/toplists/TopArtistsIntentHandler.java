package io.github.musicbutler.toplists;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.Artist;
import io.github.musicbutler.spotify.Playable;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Who are my top artists (this month / of all time)": the user's five most listened artists, and the offer to
 * play one.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class TopArtistsIntentHandler extends LinkedAccountHandler implements IntentHandler {

    private final Dialogue dialogue;

    TopArtistsIntentHandler(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public Set<String> intents() {
        return Set.of(Intents.TopArtists.NAME);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        String range = TimeRange.of(input);
        List<Artist> artists = spotify.topArtists(range, TopList.HOW_MANY);
        return TopList.answer(input, dialogue, "artists", range, artists.stream()
                .map(artist -> new TopList.Entry(Phrase.of(artist.name()), artist.images(), Playable.of(artist)))
                .toList());
    }
}
