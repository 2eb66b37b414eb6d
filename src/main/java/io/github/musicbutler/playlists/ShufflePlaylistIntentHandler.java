package io.github.musicbutler.playlists;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.devices.TitleAndDevice;
import io.github.musicbutler.devices.UnknownDevice;
import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.AndDevices;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Shuffle Running Mix (on the kitchen speaker)": one of the user's playlists, found by name as "play …" finds it
 * (with its "Did you mean …?"), started at a random song and then with Spotify's shuffle on, on the device named or
 * the active one. Only their own playlists: when none is near, they are told so and asked which.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ShufflePlaylistIntentHandler extends PlaylistByNameHandler {

    ShufflePlaylistIntentHandler(Dialogue dialogue, PlaylistFinder finder) {
        super(Intents.ShufflePlaylist.NAME, finder, dialogue);
    }

    @Override
    protected Optional<Response> handleNamed(HandlerInput input, SpotifySession spotify, Speech speech, String heard) {
        Optional<String> deviceHeard = Slots.value(input, Intents.ShufflePlaylist.DEVICE);
        if (deviceHeard.isEmpty()) {
            PlaylistLibrary playlists = find(spotify, speech, heard);
            return start(input, spotify, speech, heard, playlists, null, true,
                    () -> PlaylistPrompts.notFound(input, speech, heard, playlists));
        }
        List<String> wholePhrase = TitleAndDevice.read(speech, heard, deviceHeard.get(), List.of()).titles();
        AndDevices<PlaylistLibrary> both = findAndDevices(spotify,
                playlist -> named(speech, heard).test(playlist)
                        || wholePhrase.stream().anyMatch(whole -> named(speech, whole).test(playlist)));
        TitleAndDevice said = TitleAndDevice.read(speech, heard, deviceHeard.get(), both.devices());
        if (said.device() != null) {
            String title = readingOf(speech, said.titles(), both.read());
            return start(input, spotify, speech, title, both.read(), said.device(), true,
                    () -> PlaylistPrompts.notFound(input, speech, title, both.read()));
        }
        // "Shuffle dancing on the ceiling" and no device called ceiling: a playlist of theirs by the whole phrase
        // shuffles on the active device; otherwise the device is what was misheard, and is asked about.
        String whole = readingOf(speech, said.titles(), both.read());
        boolean wholeIsTheirs = speech.names().match(whole, both.read().read(), Playlist::name) instanceof Match.Clear<Playlist>;
        boolean titleIsTheirs = speech.names().match(heard, both.read().read(), Playlist::name) instanceof Match.Clear<Playlist>;
        if (wholeIsTheirs && !titleIsTheirs) {
            return start(input, spotify, speech, whole, both.read(), null, true,
                    () -> UnknownDevice.answer(input, speech, deviceHeard.get(), both.devices()));
        }
        return UnknownDevice.answer(input, speech, deviceHeard.get(), both.devices());
    }
}
