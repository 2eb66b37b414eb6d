package io.github.musicbutler.playlists;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.dialogue.MorePlaylists;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.spotify.Page;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * Reads the user's playlists a few at a time: "more" continues where the last turn stopped ({@link MorePlaylists}).
 */
@Singleton
public class PlaylistListing {

    static final int AT_A_TIME = 5;

    private final Dialogue dialogue;

    PlaylistListing(Dialogue dialogue) {
        this.dialogue = dialogue;
    }

    Optional<Response> read(HandlerInput input, SpotifySession spotify, int from) {
        Page<Playlist> page = spotify.playlists(AT_A_TIME, from);
        Speech speech = Speech.of(input);
        List<String> names = page.items().stream().map(Playlist::name).toList();
        int next = from + names.size();
        boolean more = next < page.total() && !names.isEmpty();
        Phrase list = SpokenList.names(speech, names);
        Phrase said;
        if (page.total() == 0) {
            said = speech.say("playlists.none");
        } else if (from == 0) {
            said = more ? speech.say("playlists.first", page.total(), list)
                    : speech.say(page.total() == 1 ? "playlists.one" : "playlists.all", page.total(), list);
        } else {
            said = more ? speech.say("playlists.next", list) : speech.say("playlists.last", list);
        }
        var response = Cards.withArtwork(input.getResponseBuilder(), speech.say("playlists.card", page.total()).text(),
                        String.join("\n", names), page.items().isEmpty() ? null : page.items().getFirst().images())
                .withSpeech(said.ssml());
        if (!more) {
            return response.withShouldEndSession(true).build();
        }
        dialogue.ask(input, new MorePlaylists(next));
        return response.withReprompt(speech.say("playlists.more.reprompt").ssml()).build();
    }
}
