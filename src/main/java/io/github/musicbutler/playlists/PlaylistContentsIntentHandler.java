package io.github.musicbutler.playlists;

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
import io.github.musicbutler.matching.SpokenNameMatcher;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.ArtworkCard;
import io.github.musicbutler.spotify.Page;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.PlaylistEntry;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What's on Running Mix": how many songs, and the first few with their artists. Only reading, so the nearest
 * playlist is taken without asking back.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlaylistContentsIntentHandler extends LinkedAccountHandler {

    static final int AT_A_TIME = 5;

    private final Spotify spotify;

    PlaylistContentsIntentHandler(Spotify spotify) {
        this.spotify = spotify;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("PlaylistContentsIntent"));
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, String accessToken) {
        Speech speech = Speech.of(input);
        Optional<String> heard = Slots.value(input, "playlist");
        if (heard.isEmpty()) {
            return PlaylistPrompts.which(input, speech);
        }
        SpotifySession session = spotify.of(input, accessToken);
        List<Playlist> playlists = session.await(session.allPlaylists());
        Optional<Playlist> playlist = switch (SpokenNameMatcher.match(heard.get(), playlists, Playlist::name)) {
            case Match.Clear<Playlist> clear -> Optional.of(clear.choice());
            case Match.Close<Playlist> close -> Optional.of(close.first());
            case Match.Suggestion<Playlist> near -> Optional.of(near.guess());
            case Match.None<Playlist> none -> Optional.empty();
        };
        if (playlist.isEmpty()) {
            return PlaylistPrompts.notFound(input, speech, heard.get());
        }
        Page<PlaylistEntry> entries = session.await(session.playlistItems(playlist.get().id(), AT_A_TIME));
        String and = speech.text("list.and");
        List<String> songs = entries.items().stream().filter(entry -> entry.item() != null)
                .map(entry -> speech.text("contents.song", entry.item().name(), entry.item().byline(and))).toList();
        String name = playlist.get().name();
        String said = songs.isEmpty() ? speech.say("contents.empty", name)
                : speech.say("contents.first", name, entries.total(), SpokenList.join(speech, songs));
        return ArtworkCard.add(input.getResponseBuilder(), name, String.join("\n", songs), playlist.get().images())
                .withSpeech(said)
                .withShouldEndSession(true)
                .build();
    }
}
