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
 * Starts something on the user's Spotify (on the active device, or the one asked for), or queues a song, and says so, with its
 * picture on the card. Spotify's refusals are spoken by {@link SpotifyFailureHandler}.
 */
public final class StartPlaying {

    private StartPlaying() {
    }

    /** @param theirs whether it is one of the user's own playlists ("your playlist Running Mix") */
    public static Optional<Response> answer(HandlerInput input, SpotifySession spotify, Playable playable,
            Device device, boolean theirs) {
        return device == null ? answer(input, spotify, playable, null, null, theirs)
                : answer(input, spotify, playable, device.id(), device.name(), theirs);
    }

    /**
     * The same, on the device of that id and name as the listener heard it (a device kept in a question), or on
     * the active device when both are {@code null}.
     */
    public static Optional<Response> answer(HandlerInput input, SpotifySession spotify, Playable playable,
            String deviceId, String deviceName, boolean theirs) {
        spotify.play(playable, deviceId);
        Speech speech = Speech.of(input);
        Phrase what = theirs ? speech.say("playable.yours", playable.name()) : Playables.spoken(speech, playable);
        Phrase said = deviceName == null ? speech.say("play.started", what)
                : speech.say("play.startedOn", what, Places.of(speech, deviceName));
        return Cards.withArtwork(input.getResponseBuilder(), playable.name(), said.text(), playable.artwork())
                .withSpeech(said.ssml())
                .withShouldEndSession(true)
                .build();
    }

    /**
     * Starts one of the user's playlists, on the active device, at its entry {@code position} (from 0), the song
     * {@code song}, and says so: "Playing your playlist Running Mix, starting with Get Lucky."
     */
    public static Optional<Response> startingWith(HandlerInput input, SpotifySession spotify, Playable playlist,
            int position, String song) {
        spotify.playFrom(playlist, position, null);
        Speech speech = Speech.of(input);
        Phrase said = speech.say("play.startedWith", speech.say("playable.yours", playlist.name()), song);
        return Cards.withArtwork(input.getResponseBuilder(), playlist.name(), said.text(), playlist.artwork())
                .withSpeech(said.ssml())
                .withShouldEndSession(true)
                .build();
    }

    /**
     * Starts one of the user's playlists at its entry {@code position} (from 0; the first song is then already a
     * random one when the caller picked it so), turns shuffle on where it plays, and says so: "Shuffling your playlist
     * Running Mix." On the device of that id and name, or the active device when both are {@code null}.
     */
    public static Optional<Response> shuffle(HandlerInput input, SpotifySession spotify, Playable playlist,
            int position, String deviceId, String deviceName) {
        spotify.playFrom(playlist, position, deviceId);
        // After the start, on the device it started on: before it, no device may be active yet to take it.
        spotify.shuffle(true, deviceId);
        Speech speech = Speech.of(input);
        Phrase what = speech.say("playable.yours", playlist.name());
        Phrase said = deviceName == null ? speech.say("play.shuffling", what)
                : speech.say("play.shufflingOn", what, Places.of(speech, deviceName));
        return Cards.withArtwork(input.getResponseBuilder(), playlist.name(), said.text(), playlist.artwork())
                .withSpeech(said.ssml())
                .withShouldEndSession(true)
                .build();
    }

    /**
     * Adds a song to the queue (of the active device, or the device of that id) and says which: "I've added
     * Bohemian Rhapsody by Queen to the queue."
     */
    public static Optional<Response> queue(HandlerInput input, SpotifySession spotify, Playable song, String deviceId) {
        spotify.queue(song, deviceId);
        Speech speech = Speech.of(input);
        Phrase said = speech.say("queue.added", Playables.spoken(speech, song));
        return Cards.withArtwork(input.getResponseBuilder(), song.name(), said.text(), song.artwork())
                .withSpeech(said.ssml())
                .withShouldEndSession(true)
                .build();
    }
}
