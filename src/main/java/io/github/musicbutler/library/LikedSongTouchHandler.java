package io.github.musicbutler.library;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedTouchHandler;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.screens.TouchHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * A touch on a song of the liked songs a screen shows: "play my liked songs", starting with that song, on the active
 * device. The touch carries the song's URI; the liked songs are read again (not trusted from the screen), in the
 * order "play my liked songs" plays them, and a song that is no longer among them is a stale touch.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class LikedSongTouchHandler extends LinkedTouchHandler {

    LikedSongTouchHandler() {
        super(Touch.LIKED);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Optional<String> uri = Touch.target(input).filter(target -> target.startsWith("spotify:track:"));
        if (uri.isEmpty()) {
            return TouchHandler.stale(input);
        }
        LikedSongs liked = LikedSongs.of(spotify.savedTracks(LikedSongs.LIMIT), List.of());
        List<String> uris = liked.songs().stream().map(PlayableItem::uri).toList();
        int position = uris.indexOf(uri.get());
        if (position < 0) {
            return TouchHandler.stale(input);
        }
        spotify.playSongsFrom(uris, position);
        Speech speech = Speech.of(input);
        PlayableItem song = liked.songs().get(position);
        Phrase what = liked.cutShort() ? speech.say("liked.newest", liked.songs().size()) : speech.say("liked.songs");
        Phrase said = speech.say("play.startedWith", what, song.name());
        return Cards.withArtwork(input.getResponseBuilder(), speech.say("liked.card").text(), said.text(), song.artwork())
                .withSpeech(said.ssml())
                .withShouldEndSession(true)
                .build();
    }
}
