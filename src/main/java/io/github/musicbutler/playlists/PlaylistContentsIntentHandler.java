package io.github.musicbutler.playlists;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.matching.SpokenNameMatcher;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.reply.Playables;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Page;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.PlaylistEntry;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What's on Running Mix": how many songs, and the first few with their artists. Only reading, so the nearest
 * playlist is taken without asking back.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlaylistContentsIntentHandler extends LinkedAccountHandler {

    static final int AT_A_TIME = 5;

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("PlaylistContentsIntent"));
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        Optional<String> heard = Slots.value(input, "playlist");
        if (heard.isEmpty()) {
            return PlaylistPrompts.which(input, speech);
        }
        Optional<Playlist> playlist = switch (SpokenNameMatcher.match(heard.get(), spotify.allPlaylists(), Playlist::name)) {
            case Match.Clear<Playlist> clear -> Optional.of(clear.choice());
            case Match.Close<Playlist> close -> Optional.of(close.first());
            case Match.Suggestion<Playlist> near -> Optional.of(near.guess());
            case Match.None<Playlist> none -> Optional.empty();
        };
        if (playlist.isEmpty()) {
            return PlaylistPrompts.notFound(input, speech, heard.get());
        }
        Page<PlaylistEntry> entries = spotify.playlistItems(playlist.get(), AT_A_TIME);
        List<Phrase> songs = Playables.songs(speech,
                entries.items().stream().map(PlaylistEntry::item).filter(item -> item != null).toList());
        String name = playlist.get().name();
        Phrase said = songs.isEmpty() ? speech.say("contents.empty", name)
                : speech.say("contents.first", name, entries.total(), SpokenList.join(speech, songs));
        return Cards.withArtwork(input.getResponseBuilder(), name, Phrase.lines(songs), playlist.get().images())
                .withSpeech(said.ssml())
                .withShouldEndSession(true)
                .build();
    }
}
