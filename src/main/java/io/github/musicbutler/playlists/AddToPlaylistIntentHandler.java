package io.github.musicbutler.playlists;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.reply.Playables;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.Playback;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.ProfileAndPlayback;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Add this song to Running Mix": appends the playing song to one of the user's playlists
 * ({@code POST /playlists/{id}/items}). What is playing is checked first, so nobody is asked for a playlist when
 * there is nothing to add. The playlist is the nearest by name, as for "what's on …", and the answer names it, so a
 * near miss is heard at once rather than asked about. Spotify lets only the owner (or anyone, on a collaborative
 * playlist) add: a playlist the user only follows is refused here, before anything is sent.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class AddToPlaylistIntentHandler extends LinkedAccountHandler implements IntentHandler {

    private final PlaylistFinder finder;

    AddToPlaylistIntentHandler(PlaylistFinder finder) {
        this.finder = finder;
    }

    @Override
    public Set<String> intents() {
        return Set.of(Intents.AddToPlaylist.NAME);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        ProfileAndPlayback state = spotify.profileAndPlayback();
        Optional<PlayableItem> playing = state.playback().map(Playback::item)
                .filter(item -> item.uri() != null && !item.uri().isBlank());
        if (playing.isEmpty()) {
            return end(input, speech.say("addTo.nothingPlaying"));
        }
        if (!"track".equals(playing.get().type())) {
            return end(input, speech.say("addTo.episode"));
        }
        Optional<String> heard = Slots.value(input, Intents.AddToPlaylist.PLAYLIST);
        if (heard.isEmpty()) {
            Phrase question = speech.say("addTo.which");
            return Elicitation.ask(input, Intents.AddToPlaylist.PLAYLIST, question, question);
        }
        PlaylistLibrary playlists = finder.until(spotify, PlaylistByNameHandler.named(speech, heard.get()));
        Optional<Playlist> found = switch (speech.names().match(heard.get(), playlists.read(), Playlist::name)) {
            case Match.Clear<Playlist> clear -> Optional.of(clear.choice());
            case Match.Close<Playlist> close -> Optional.of(close.first());
            case Match.Suggestion<Playlist> near -> Optional.of(near.guess());
            case Match.None<Playlist> none -> Optional.empty();
        };
        if (found.isEmpty()) {
            Phrase said = playlists.cutShort()
                    ? speech.say("addTo.notFound.partly", heard.get(), playlists.read().size(), playlists.total())
                    : speech.say("addTo.notFound", heard.get());
            return Elicitation.ask(input, Intents.AddToPlaylist.PLAYLIST, said, speech.say("addTo.which"));
        }
        Playlist playlist = found.get();
        if (!playlist.editableBy(state.profile().id())) {
            String owner = playlist.owner() == null ? null : playlist.owner().displayName();
            return end(input, owner == null || owner.isBlank() ? speech.say("addTo.notYours.someone", playlist.name())
                    : speech.say("addTo.notYours", playlist.name(), owner));
        }
        PlayableItem song = playing.get();
        spotify.addToPlaylist(playlist, song);
        Phrase byline = Playables.byline(speech, song);
        return Cards.withArtwork(input.getResponseBuilder(), song.name(),
                        speech.say("addTo.added.card", byline, playlist.name()).text(), song.artwork())
                .withSpeech(speech.say("addTo.added", song.name(), byline, playlist.name()).ssml())
                .withShouldEndSession(true)
                .build();
    }

    private static Optional<Response> end(HandlerInput input, Phrase said) {
        return input.getResponseBuilder().withSpeech(said.ssml()).withShouldEndSession(true).build();
    }
}
