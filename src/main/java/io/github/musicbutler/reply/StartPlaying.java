package io.github.musicbutler.reply;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.Playable;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * Starts something on the user's Spotify (on the active device, or the one asked for) and says so, with its
 * picture on the card. Spotify's refusals are spoken by {@link SpotifyFailureHandler}.
 */
public final class StartPlaying {

    private StartPlaying() {
    }

    /** @param theirs whether it is one of the user's own playlists ("your playlist Running Mix") */
    public static Optional<Response> answer(HandlerInput input, SpotifySession spotify, Playable playable,
            Device device, boolean theirs) {
        spotify.play(playable, device);
        Speech speech = Speech.of(input);
        Phrase what = theirs ? speech.say("playable.yours", playable.name()) : Playables.spoken(speech, playable);
        Phrase said = device == null ? speech.say("play.started", what) : speech.say("play.startedOn", what, Places.of(speech, device));
        return Cards.withArtwork(input.getResponseBuilder(), playable.name(), said.text(), playable.artwork())
                .withSpeech(said.ssml())
                .withShouldEndSession(true)
                .build();
    }
}
