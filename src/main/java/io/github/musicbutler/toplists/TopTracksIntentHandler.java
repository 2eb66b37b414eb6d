package io.github.musicbutler.toplists;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.reply.Playables;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.Playable;
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What are my top tracks (this month / of all time)": the user's five most played songs with their artists, and
 * the offer to play one.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class TopTracksIntentHandler extends LinkedAccountHandler implements IntentHandler {

    private final Dialogue dialogue;

    TopTracksIntentHandler(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    @Override
    public Set<String> intents() {
        return Set.of(Intents.TopTracks.NAME);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        String range = TimeRange.of(input);
        List<PlayableItem> tracks = spotify.topTracks(range, TopList.HOW_MANY);
        List<Phrase> songs = Playables.songs(Speech.of(input), tracks);
        return TopList.answer(input, dialogue, "tracks", range, IntStream.range(0, tracks.size())
                .mapToObj(i -> new TopList.Entry(songs.get(i), tracks.get(i).artwork(), Playable.of(tracks.get(i))))
                .toList());
    }
}
