package io.github.musicbutler.playlists;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.reply.Playables;
import io.github.musicbutler.screens.ListScreen;
import io.github.musicbutler.screens.Screens;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.Page;
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.PlaylistEntry;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What's on Running Mix": how many songs, and the first few with their artists, then the offer to play it ("yes"),
 * or to start it with one of the songs read out ("the third one", or a touch on the screen). Only reading, so the
 * nearest playlist is taken without asking back.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlaylistContentsIntentHandler extends PlaylistByNameHandler {

    static final int AT_A_TIME = 5;

    private final Dialogue dialogue;

    PlaylistContentsIntentHandler(PlaylistFinder finder, Dialogue dialogue) {
        super(Intents.PlaylistContents.NAME, finder);
        this.dialogue = dialogue;
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
        // each song read out keeps its entry in the playlist: an entry Spotify no longer has (null) is skipped
        List<Integer> readOut = IntStream.range(0, entries.items().size())
                .filter(i -> entries.items().get(i).item() != null).boxed().toList();
        List<PlayableItem> items = readOut.stream().map(i -> entries.items().get(i).item()).toList();
        List<Phrase> songs = Playables.songs(speech, items);
        String name = playlist.get().name();
        if (songs.isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("contents.empty", name).ssml())
                    .withShouldEndSession(true).build();
        }
        // "The first ones" only when there are more than were read out.
        Phrase said = entries.total() == 1 ? speech.say("contents.one", name, SpokenList.join(speech, songs))
                : entries.total() <= songs.size() ? speech.say("contents.all", name, entries.total(), SpokenList.join(speech, songs))
                : speech.say("contents.first", name, entries.total(), SpokenList.join(speech, songs));
        PlaylistSongsChoice choice = new PlaylistSongsChoice(PlaylistChoice.Option.of(playlist.get()),
                IntStream.range(0, items.size())
                        .mapToObj(i -> new PlaylistSongsChoice.Song(items.get(i).name(), readOut.get(i))).toList());
        dialogue.ask(input, choice);
        var response = Cards.withArtwork(input.getResponseBuilder(), name, Phrase.lines(songs), playlist.get().images());
        // the songs read out; a touch plays the playlist from that song, as "the second one" does
        Screens.show(input, response, new ListScreen(name, speech.say("screen.hint.playFrom").text(),
                IntStream.range(0, items.size()).mapToObj(i -> ListScreen.Item.of(items.get(i).name(),
                        Playables.byline(speech, items.get(i)).text(), items.get(i).artwork(), Touch.CHOOSE,
                        String.valueOf(i + 1))).toList()));
        return response
                .withSpeech(said.then(speech.say("contents.offer")).ssml())
                .withReprompt(choice.again(speech).ssml())
                .withShouldEndSession(false)
                .build();
    }
}
