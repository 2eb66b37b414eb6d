package io.github.musicbutler.playlists;

import java.util.Optional;

import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.spotify.ArtworkCard;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * Starts a playlist (on the active device, or the one asked for) and says so, with the playlist's cover on the card.
 */
@Singleton
public class PlaylistStarter {

    Optional<Response> play(HandlerInput input, SpotifySession session, PlaylistChoice.Offered playlist,
            PlaylistChoice.Target device) {
        PlaylistChoice.close(input);
        session.await(session.play(playlist.uri(), device == null ? null : device.id()));
        Speech speech = Speech.of(input);
        String said = device == null ? speech.say("playlists.playing", playlist.name())
                : speech.say("playlists.playingOn", playlist.name(), device.name());
        String text = device == null ? speech.text("playlists.playing", playlist.name())
                : speech.text("playlists.playingOn", playlist.name(), device.name());
        return ArtworkCard.add(input.getResponseBuilder(), playlist.name(), text, playlist.artwork())
                .withSpeech(said)
                .withShouldEndSession(true)
                .build();
    }
}
