package io.github.musicbutler.playlists;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.catalog.PlayFromCatalog;
import io.github.musicbutler.devices.DeviceFinder;
import io.github.musicbutler.devices.UnknownDevice;
import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.matching.SpokenNameMatcher;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.reply.StartPlaying;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.AndDevices;
import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.Playable;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Play Running Mix (on the kitchen speaker)": finds the playlist among all of the user's playlists by what Alexa
 * heard. A clear winner plays; two close ones get "Did you mean A or B?", a near one "Did you mean A?" (a
 * {@link PlaylistChoice}, answered next turn by the dialogue's handlers); when none is near, Spotify's catalog
 * ({@link PlayFromCatalog}: a song, an artist or an album of that name), unless the deadline cut the library short
 * (then it says how many it looked through). Unlinked listeners get the catalog part.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlayPlaylistIntentHandler extends PlaylistByNameHandler {

    private final Dialogue dialogue;
    private final PlayFromCatalog catalog;

    PlayPlaylistIntentHandler(Dialogue dialogue, PlayFromCatalog catalog, PlaylistFinder finder) {
        super(Intents.PlayPlaylist.NAME, finder);
        this.dialogue = dialogue;
        this.catalog = catalog;
    }

    /** Without a linked account there are no playlists of theirs: the catalog is searched, and linking explained. */
    @Override
    protected Optional<Response> handleUnlinked(HandlerInput input) {
        return Slots.value(input, Intents.PlayPlaylist.PLAYLIST)
                .map(heard -> catalog.play(input, PlayFromCatalog.anything(heard), null, Intents.PlayPlaylist.PLAYLIST,
                        false))
                .orElseGet(() -> super.handleUnlinked(input));
    }

    @Override
    protected Optional<Response> handleNamed(HandlerInput input, SpotifySession spotify, Speech speech, String heard) {
        Optional<String> deviceHeard = Slots.value(input, Intents.PlayPlaylist.DEVICE);
        PlaylistLibrary playlists;
        Device device = null;
        if (deviceHeard.isPresent()) {
            AndDevices<PlaylistLibrary> both = findAndDevices(spotify, heard);
            playlists = both.read();
            Optional<Device> found = DeviceFinder.find(deviceHeard.get(), both.devices());
            if (found.isEmpty()) {
                return UnknownDevice.answer(input, speech, deviceHeard.get(), both.devices());
            }
            device = found.get();
        } else {
            playlists = find(spotify, heard);
        }
        return switch (SpokenNameMatcher.match(heard, playlists.read(), Playlist::name)) {
            case Match.Clear<Playlist> clear -> StartPlaying.answer(input, spotify, Playable.of(clear.choice()), device, true);
            case Match.Close<Playlist> close -> {
                PlaylistChoice choice = PlaylistChoice.of(List.of(close.first(), close.second()), device);
                dialogue.ask(input, choice);
                String question = choice.again(speech).ssml();
                yield input.getResponseBuilder().withSpeech(question).withReprompt(question).build();
            }
            case Match.Suggestion<Playlist> near -> {
                PlaylistChoice choice = PlaylistChoice.of(List.of(near.guess()), device);
                dialogue.ask(input, choice);
                yield input.getResponseBuilder()
                        .withSpeech(speech.say("playlists.suggest", heard, near.guess().name()).ssml())
                        .withReprompt(choice.again(speech).ssml()).build();
            }
            // The deadline cut the library short: no time is left for the catalog either, so say how far it got.
            case Match.None<Playlist> none when playlists.cutShort() ->
                PlaylistPrompts.notFound(input, speech, heard, playlists);
            // None of theirs is near: Spotify's catalog, within the same deadline.
            case Match.None<Playlist> none -> catalog.play(input, PlayFromCatalog.anything(heard), device,
                    Intents.PlayPlaylist.PLAYLIST, true);
        };
    }
}
