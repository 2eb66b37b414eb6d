package io.github.musicbutler.playlists;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.catalog.PlayFromCatalog;
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
 * "Play Running Mix (on the kitchen speaker)": finds the playlist among all of the user's playlists by what Alexa
 * heard. A clear winner plays; two close ones get "Did you mean A or B?", a near one "Did you mean A?" (a
 * {@link PlaylistChoice}, answered next turn by the dialogue's handlers); when none is near, Spotify's catalog
 * ({@link PlayFromCatalog}: a song, an artist or an album of that name), unless the deadline cut the library short
 * (then it says how many it looked through). Unlinked listeners get the catalog part.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlayPlaylistIntentHandler extends PlaylistByNameHandler {

    private final PlayFromCatalog catalog;

    PlayPlaylistIntentHandler(Dialogue dialogue, PlayFromCatalog catalog, PlaylistFinder finder) {
        super(Intents.PlayPlaylist.NAME, finder, dialogue);
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
        if (deviceHeard.isEmpty()) {
            return start(input, spotify, speech, heard, find(spotify, speech, heard), null, false, () -> catalog.play(input,
                    PlayFromCatalog.anything(heard), null, Intents.PlayPlaylist.PLAYLIST, true));
        }
        List<String> wholePhrase = TitleAndDevice.read(speech, heard, deviceHeard.get(), List.of()).titles();
        AndDevices<PlaylistLibrary> both = findAndDevices(spotify,
                playlist -> named(speech, heard).test(playlist)
                        || wholePhrase.stream().anyMatch(whole -> named(speech, whole).test(playlist)));
        TitleAndDevice said = TitleAndDevice.read(speech, heard, deviceHeard.get(), both.devices());
        if (said.device() != null) {
            String title = readingOf(speech, said.titles(), both.read());
            return start(input, spotify, speech, title, both.read(), said.device(), false, () -> catalog.play(input,
                    PlayFromCatalog.anything(said.titles()), said.device(), Intents.PlayPlaylist.PLAYLIST, true));
        }
        if (speech.names().match(heard, both.read().read(), Playlist::name) instanceof Match.Clear<Playlist>) {
            // "Play focus in the garage": Focus is theirs, so the garage was meant as a device, and is asked about.
            return UnknownDevice.answer(input, speech, deviceHeard.get(), both.devices());
        }
        // "Play life on mars" and no device called mars: the whole phrase is what to play, on the active device;
        // only when nothing is called that either is the device the question.
        return start(input, spotify, speech, readingOf(speech, said.titles(), both.read()), both.read(), null, false,
                () -> catalog.playOr(input, PlayFromCatalog.anything(said.titles()), null,
                        () -> UnknownDevice.answer(input, speech, deviceHeard.get(), both.devices())));
    }
}
