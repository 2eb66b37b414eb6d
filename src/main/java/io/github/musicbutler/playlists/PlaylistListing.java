package io.github.musicbutler.playlists;

import java.util.Optional;

import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.spotify.ArtworkCard;
import io.github.musicbutler.spotify.Page;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * Reads the user's playlists a few at a time: "more" continues where the last turn stopped (session attribute
 * {@value #POSITION}).
 */
@Singleton
public class PlaylistListing {

    static final String POSITION = "playlists.position";
    static final int AT_A_TIME = 5;

    Optional<Response> read(HandlerInput input, SpotifySession session, int from) {
        Page<Playlist> page = session.await(session.playlists(AT_A_TIME, from));
        Speech speech = Speech.of(input);
        var names = page.items().stream().map(Playlist::name).toList();
        int next = from + names.size();
        boolean more = next < page.total() && !names.isEmpty();
        String list = SpokenList.join(speech, names);
        String said;
        if (page.total() == 0) {
            said = speech.say("playlists.none");
        } else if (from == 0) {
            said = more ? speech.say("playlists.first", page.total(), list)
                    : speech.say(page.total() == 1 ? "playlists.one" : "playlists.all", page.total(), list);
        } else {
            said = more ? speech.say("playlists.next", list) : speech.say("playlists.last", list);
        }
        if (more) {
            input.getAttributesManager().getSessionAttributes().put(POSITION, next);
        } else {
            input.getAttributesManager().getSessionAttributes().remove(POSITION);
        }
        var response = ArtworkCard.add(input.getResponseBuilder(), speech.text("playlists.card", page.total()),
                        String.join("\n", names), page.items().isEmpty() ? null : page.items().getFirst().images())
                .withSpeech(said);
        return more ? response.withReprompt(speech.say("playlists.more.reprompt")).build()
                : response.withShouldEndSession(true).build();
    }
}
