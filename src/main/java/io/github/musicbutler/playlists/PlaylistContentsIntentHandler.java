package io.github.musicbutler.playlists;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.reply.Playables;
import io.github.musicbutler.screens.ListScreen;
import io.github.musicbutler.screens.Screens;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
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
public class PlaylistContentsIntentHandler extends PlaylistByNameHandler {

    static final int AT_A_TIME = 5;

    PlaylistContentsIntentHandler(PlaylistFinder finder) {
        super(Intents.PlaylistContents.NAME, finder);
    }

    @Override
    protected Optional<Response> handleNamed(HandlerInput input, SpotifySession spotify, Speech speech, String heard) {
        PlaylistLibrary playlists = find(spotify, speech, heard);
        Optional<Playlist> playlist = switch (speech.names().match(heard, playlists.read(), Playlist::name)) {
            case Match.Clear<Playlist> clear -> Optional.of(clear.choice());
            case Match.Close<Playlist> close -> Optional.of(close.first());
            case Match.Suggestion<Playlist> near -> Optional.of(near.guess());
            case Match.None<Playlist> none -> Optional.empty();
        };
        if (playlist.isEmpty()) {
            return PlaylistPrompts.notFound(input, speech, heard, playlists);
        }
        Page<PlaylistEntry> entries = spotify.playlistItems(playlist.get(), AT_A_TIME);
        List<Phrase> songs = Playables.songs(speech,
                entries.items().stream().map(PlaylistEntry::item).filter(item -> item != null).toList());
        String name = playlist.get().name();
        // "The first ones" only when there are more than were read out.
        Phrase said = songs.isEmpty() ? speech.say("contents.empty", name)
                : entries.total() == 1 ? speech.say("contents.one", name, SpokenList.join(speech, songs))
                : entries.total() <= songs.size() ? speech.say("contents.all", name, entries.total(), SpokenList.join(speech, songs))
                : speech.say("contents.first", name, entries.total(), SpokenList.join(speech, songs));
        var response = Cards.withArtwork(input.getResponseBuilder(), name, Phrase.lines(songs), playlist.get().images());
        // the songs read out, and touching the header's playlist is not offered: the list is what was asked for
        Screens.show(input, response, new ListScreen(name, "", entries.items().stream().map(PlaylistEntry::item)
                .filter(item -> item != null)
                .map(item -> ListScreen.Item.of(item.name(), Playables.byline(speech, item).text(), item.artwork(), "", ""))
                .toList()));
        return response
                .withSpeech(said.ssml())
                .withShouldEndSession(true)
                .build();
    }
}
