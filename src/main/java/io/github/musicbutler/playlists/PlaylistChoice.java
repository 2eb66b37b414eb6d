package io.github.musicbutler.playlists;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.github.musicbutler.dialogue.Choice;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.reply.DeviceRef;
import io.github.musicbutler.reply.StartPlaying;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.Playable;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.SpotifySession;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * "Did you mean Focus or Deep Focus?", "Did you mean Focus?", "Shall I play it?": some of the listener's own
 * playlists offered to play, on {@code device} (the active device when {@code null}), shuffled when
 * {@code shuffled} is true (absent in sessions written before shuffling a playlist was possible). Kept in the
 * session as {@value #NAME}: only what playing one and saying so need.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaylistChoice(List<Option> options, DeviceRef device, Boolean shuffled) implements Choice {

    static final String NAME = "playlist-choice";

    /**
     * One of the listener's playlists: its name, its Spotify URI, the https URL of its cover (or null) and how many
     * entries it has (0 in sessions written before it was kept).
     */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Option(String name, String uri, String image, int size) {

        static Option of(Playlist playlist) {
            Playable playable = Playable.of(playlist);
            return new Option(playable.name(), playable.uri(), playable.image(), playlist.size());
        }

        Playable playable() {
            return new Playable(Playable.Kind.PLAYLIST, name, uri, null, image);
        }

        /**
         * Plays it on {@code device} (the active device when {@code null}) and says so; shuffled, it starts at a
         * random entry, since Spotify's shuffle only mixes what comes after the song that starts.
         */
        Optional<Response> start(HandlerInput input, SpotifySession spotify, DeviceRef device, boolean shuffled) {
            String deviceId = device == null ? null : device.id();
            String deviceName = device == null ? null : device.name();
            if (!shuffled) {
                return StartPlaying.answer(input, spotify, playable(), deviceId, deviceName, true);
            }
            int position = size > 0 ? ThreadLocalRandom.current().nextInt(size) : 0;
            return StartPlaying.shuffle(input, spotify, playable(), position, deviceId, deviceName);
        }
    }

    public PlaylistChoice {
        options = List.copyOf(options);
    }

    static PlaylistChoice of(List<Playlist> playlists, io.github.musicbutler.spotify.Device device, boolean shuffled) {
        return new PlaylistChoice(playlists.stream().map(Option::of).toList(), DeviceRef.of(device),
                shuffled ? Boolean.TRUE : null);
    }

    boolean shuffling() {
        return Boolean.TRUE.equals(shuffled);
    }

    @Override
    public List<String> names() {
        return options.stream().map(Option::name).toList();
    }

    @Override
    public Optional<Response> choose(HandlerInput input, SpotifySession spotify, int index) {
        return options.get(index).start(input, spotify, device, shuffling());
    }

    /**
     * "No": which playlist, then? The bare name that answers is the playlist slot of PlayPlaylistIntent (or of
     * ShufflePlaylistIntent when shuffling), on the same device.
     */
    @Override
    public Optional<Response> decline(HandlerInput input) {
        Speech speech = Speech.of(input);
        Map<String, String> filled = device == null ? Map.of() : Map.of(Intents.PlayPlaylist.DEVICE, device.name());
        String intent = shuffling() ? Intents.ShufflePlaylist.NAME : Intents.PlayPlaylist.NAME;
        return Elicitation.ask(input, intent, Intents.PlayPlaylist.PLAYLIST, filled,
                speech.say("playlists.declined"), speech.say("playlists.declined.reprompt"));
    }

    /** "Did you mean A or B?" for two, "Did you mean A?" for one: how the question is asked, first and again. */
    @Override
    public Phrase again(Speech speech) {
        return options.size() == 1 ? speech.say("playlists.suggest.reprompt", options.getFirst().name())
                : speech.say("playlists.didYouMean", options.get(0).name(), options.get(1).name());
    }

    @Override
    public Phrase which(Speech speech) {
        return options.size() == 2 ? speech.say("playlists.whichOfTwo", options.get(0).name(), options.get(1).name())
                : speech.say("play.which", options.size());
    }
}
