package io.github.musicbutler.playlists;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.github.musicbutler.dialogue.Choice;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.reply.StartPlaying;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.SpotifySession;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * "Shall I play it?" after the songs of one of the listener's playlists were read out: "yes" plays the playlist,
 * "the third one" (or a touch on the third song, or "play get lucky") plays it starting with that song. Kept in the
 * session as {@value #NAME}: the playlist and the songs read out, each with its place in the playlist.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlaylistSongsChoice(PlaylistChoice.Option playlist, List<Song> songs) implements Choice {

    static final String NAME = "playlist-songs";

    /** A song read out: its name, and its entry in the playlist (from 0), where playing from it starts. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Song(String name, int position) {
    }

    public PlaylistSongsChoice {
        songs = List.copyOf(songs);
    }

    @Override
    public List<String> names() {
        return songs.stream().map(Song::name).toList();
    }

    /** "Yes, play it": from the first song read out, which is the playlist's start. */
    @Override
    public Optional<Integer> yes() {
        return Optional.of(0);
    }

    @Override
    public Optional<Response> choose(HandlerInput input, SpotifySession spotify, int index) {
        Song song = songs.get(index);
        if (song.position() == 0) {
            return playlist.start(input, spotify, null, false);
        }
        return StartPlaying.startingWith(input, spotify, playlist.playable(), song.position(), song.name());
    }

    /** "No": which playlist, then? (As after "Did you mean …": the bare name answers.) */
    @Override
    public Optional<Response> decline(HandlerInput input) {
        Speech speech = Speech.of(input);
        return Elicitation.ask(input, Intents.PlayPlaylist.NAME, Intents.PlayPlaylist.PLAYLIST, Map.of(),
                speech.say("playlists.declined"), speech.say("playlists.declined.reprompt"));
    }

    @Override
    public Phrase again(Speech speech) {
        return speech.say("playlists.suggest.reprompt", playlist.name());
    }

    /** Not asked: "yes" plays the playlist ({@link #yes()}). */
    @Override
    public Phrase which(Speech speech) {
        return speech.say("catalog.which.play");
    }
}
