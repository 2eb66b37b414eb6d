package io.github.musicbutler.playlists;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.screens.ListScreen;
import io.github.musicbutler.screens.Screens;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.Page;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * Reads the user's playlists a few at a time: "more" continues where the last turn stopped ({@link MorePlaylists}).
 * Once all have been read, the session stays open for the one to play: its name is PlayPlaylistIntent's slot.
 */
final class PlaylistListing {

    static final int AT_A_TIME = 5;

    private PlaylistListing() {
    }

    static Optional<Response> read(HandlerInput input, SpotifySession spotify, Dialogue dialogue, int from) {
        Page<Playlist> page = spotify.playlists(AT_A_TIME, from);
        Speech speech = Speech.of(input);
        List<String> names = page.items().stream().map(Playlist::name).toList();
        int next = from + names.size();
        boolean more = next < page.total() && !names.isEmpty();
        Phrase list = SpokenList.names(speech, names);
        // A first page without entries although the total counts some (Spotify withholds an unavailable playlist;
        // valid by the description) has nothing to read out either (issue 25).
        if (page.total() == 0 || names.isEmpty() && from == 0) {
            return input.getResponseBuilder().withSpeech(speech.say("playlists.none").ssml())
                    .withShouldEndSession(true).build();
        }
        String title = speech.say("playlists.card", page.total()).text();
        var card = Cards.withArtwork(input.getResponseBuilder(), title,
                String.join("\n", names), page.items().isEmpty() ? null : page.items().getFirst().images());
        // the page the voice reads, each playlist played by a touch as by its name
        Screens.show(input, card, new ListScreen(title, speech.say("screen.hint.play").text(), page.items().stream()
                .map(p -> ListScreen.Item.of(p.name(), p.owner() == null ? "" : p.owner().displayName(), p.images(),
                        Touch.PLAY, p.uri()))
                .toList()));
        if (more) {
            dialogue.ask(input, new MorePlaylists(next));
            Phrase said = from == 0 ? speech.say("playlists.first", page.total(), list) : speech.say("playlists.next", list);
            return card.withSpeech(said.ssml()).withReprompt(speech.say("playlists.more.reprompt").ssml()).build();
        }
        if (page.total() == 1 && from == 0) {
            // "Shall I play it?": yes plays it, like any offer of a playlist.
            dialogue.ask(input, PlaylistChoice.of(List.of(page.items().getFirst()), null, false));
            return card.withSpeech(speech.say("playlists.one", page.total(), list).ssml())
                    .withReprompt(speech.say("playlists.one", page.total(), list).ssml()).build();
        }
        // The whole list has been heard: which one is the natural next question, and its answer is a playlist name.
        Phrase said = from == 0 ? speech.say("playlists.all", page.total(), list) : speech.say("playlists.last", list);
        return Elicitation.expect(card.withSpeech(said.ssml()).withReprompt(speech.say("playlists.choose.reprompt").ssml()),
                Intents.PlayPlaylist.NAME, Intents.PlayPlaylist.PLAYLIST, Map.of()).build();
    }
}
