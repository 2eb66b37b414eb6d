package io.github.musicbutler.playlists;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedIntentHandler;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.reply.DeviceRef;
import io.github.musicbutler.spotify.AndDevices;
import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * An intent about one of the user's playlists, named in its {@code playlist} slot: without a name Alexa heard,
 * the listener is asked which playlist.
 */
abstract class PlaylistByNameHandler extends LinkedIntentHandler {

    private final PlaylistFinder finder;
    private final Dialogue dialogue;

    PlaylistByNameHandler(String intent, PlaylistFinder finder) {
        this(intent, finder, null);
    }

    /** @param dialogue where "Did you mean …?" is kept, for handlers that {@link #start} a playlist; else null */
    PlaylistByNameHandler(String intent, PlaylistFinder finder, Dialogue dialogue) {
        super(intent);
        this.finder = finder;
        this.dialogue = dialogue;
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
    PlaylistLibrary find(SpotifySession spotify, Speech speech, String heard) {
        return finder.until(spotify, named(speech, heard));
    }

    /** {@link #find} and the user's devices at the same time. */
    AndDevices<PlaylistLibrary> findAndDevices(SpotifySession spotify, Speech speech, String heard) {
        return findAndDevices(spotify, named(speech, heard));
    }

    /** The user's playlists, read until one is {@code wanted}, and their devices at the same time. */
    AndDevices<PlaylistLibrary> findAndDevices(SpotifySession spotify, Predicate<Playlist> wanted) {
        return finder.untilAndDevices(spotify, wanted);
    }

    /** A playlist with exactly the name heard: reading the library can stop there. */
    static Predicate<Playlist> named(Speech speech, String heard) {
        return playlist -> speech.names().sameName(heard, playlist.name());
    }

    /** Of several readings of what was heard, the one that names a playlist of theirs; else the most likely. */
    static String readingOf(Speech speech, List<String> readings, PlaylistLibrary playlists) {
        return readings.stream()
                .filter(reading -> speech.names().match(reading, playlists.read(), Playlist::name) instanceof Match.Clear<Playlist>)
                .findFirst().orElse(readings.getFirst());
    }

    /**
     * A playlist of theirs by the name heard, started (shuffled when {@code shuffled}) on {@code device}; two close
     * ones or a near one are asked about; none near: {@code otherwise}.
     */
    Optional<Response> start(HandlerInput input, SpotifySession spotify, Speech speech, String heard,
            PlaylistLibrary playlists, Device device, boolean shuffled, Supplier<Optional<Response>> otherwise) {
        return switch (speech.names().match(heard, playlists.read(), Playlist::name)) {
            case Match.Clear<Playlist> clear ->
                PlaylistChoice.Option.of(clear.choice()).start(input, spotify, DeviceRef.of(device), shuffled);
            case Match.Close<Playlist> close -> {
                PlaylistChoice choice = PlaylistChoice.of(List.of(close.first(), close.second()), device, shuffled);
                dialogue.ask(input, choice);
                String question = choice.again(speech).ssml();
                yield input.getResponseBuilder().withSpeech(question).withReprompt(question).build();
            }
            case Match.Suggestion<Playlist> near -> {
                PlaylistChoice choice = PlaylistChoice.of(List.of(near.guess()), device, shuffled);
                dialogue.ask(input, choice);
                yield input.getResponseBuilder()
                        .withSpeech(speech.say("playlists.suggest", heard, near.guess().name()).ssml())
                        .withReprompt(choice.again(speech).ssml()).build();
            }
            // The deadline cut the library short: no time is left for anything else, so say how far it got.
            case Match.None<Playlist> none when playlists.cutShort() ->
                PlaylistPrompts.notFound(input, speech, heard, playlists);
            case Match.None<Playlist> none -> otherwise.get();
        };
    }

    protected abstract Optional<Response> handleNamed(HandlerInput input, SpotifySession spotify, Speech speech,
            String heard);
}
