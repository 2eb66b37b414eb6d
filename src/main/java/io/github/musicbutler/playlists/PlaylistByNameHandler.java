package io.github.musicbutler.playlists;

import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.matching.SpokenNameMatcher;
import io.github.musicbutler.spotify.AndDevices;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * An intent about one of the user's playlists, named in its {@code playlist} slot: without a name Alexa heard,
 * the listener is asked which playlist.
 */
abstract class PlaylistByNameHandler extends LinkedAccountHandler implements IntentHandler {

    private final String intent;
    private final PlaylistFinder finder;

    PlaylistByNameHandler(String intent, PlaylistFinder finder) {
        this.intent = intent;
        this.finder = finder;
    }

    @Override
    public final Set<String> intents() {
        return Set.of(intent);
    }

    @Override
    public final boolean canHandle(HandlerInput input) {
        return IntentHandler.super.canHandle(input);
    }

    @Override
    protected final Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        Optional<String> heard = Slots.value(input, Intents.PlayPlaylist.PLAYLIST);
        if (heard.isEmpty()) {
            return PlaylistPrompts.which(input, speech);
        }
        return handleNamed(input, spotify, speech, heard.get());
    }

    /** The user's playlists, read until one has exactly the name heard (or the time for reading is up). */
    PlaylistLibrary find(SpotifySession spotify, String heard) {
        return finder.until(spotify, named(heard));
    }

    /** {@link #find} and the user's devices at the same time. */
    AndDevices<PlaylistLibrary> findAndDevices(SpotifySession spotify, String heard) {
        return findAndDevices(spotify, named(heard));
    }

    /** The user's playlists, read until one is {@code wanted}, and their devices at the same time. */
    AndDevices<PlaylistLibrary> findAndDevices(SpotifySession spotify, Predicate<Playlist> wanted) {
        return finder.untilAndDevices(spotify, wanted);
    }

    /** A playlist with exactly the name heard: reading the library can stop there. */
    static Predicate<Playlist> named(String heard) {
        return playlist -> SpokenNameMatcher.sameName(heard, playlist.name());
    }

    protected abstract Optional<Response> handleNamed(HandlerInput input, SpotifySession spotify, Speech speech,
            String heard);
}
