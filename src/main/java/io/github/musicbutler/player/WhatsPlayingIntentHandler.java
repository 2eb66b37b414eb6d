package io.github.musicbutler.player;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.playlists.PlaylistFinder;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.reply.Playables;
import io.github.musicbutler.reply.ReleaseDates;
import io.github.musicbutler.screens.NowPlayingScreen;
import io.github.musicbutler.screens.Screens;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.Playback;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What's playing": the track, its artists, and the playlist or album it is played from. Spotify only gives the
 * playlist's URI, so its name comes from the user's own playlists; a song started on its own has no context. An
 * episode: its title, its show and when it came out.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class WhatsPlayingIntentHandler extends LinkedAccountHandler implements IntentHandler {

    private final PlaylistFinder playlists;

    WhatsPlayingIntentHandler(PlaylistFinder playlists) {
        this.playlists = playlists;
    }

    @Override
    public Set<String> intents() {
        return Set.of(Intents.WHATS_PLAYING);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        // a screen shows on which device it plays, which only the player's state names; the voice needs what plays
        Optional<Playback> playing = (Screens.present(input) ? spotify.playback() : spotify.currentlyPlaying())
                .filter(playback -> playback.item() != null);
        if (playing.isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("playing.nothing").ssml())
                    .withShouldEndSession(true).build();
        }
        PlayableItem item = playing.get().item();
        if (item.isEpisode()) {
            return episode(input, speech, playing.get());
        }
        Phrase byline = Playables.byline(speech, item);
        Phrase answer = speech.say("playing.track", item.name(), byline);
        Optional<Phrase> from = from(speech, spotify, playing.get(), playlists);
        String card = byline.text() + from.map(source -> "\n" + source.text()).orElse("");
        ResponseBuilder response = Cards.withArtwork(input.getResponseBuilder(), item.name(), card, item.artwork());
        return Screens.show(input, response, NowPlayingScreen.of(speech, playing.get(), byline, from))
                .withSpeech(from.map(answer::then).orElse(answer).ssml())
                .withShouldEndSession(true)
                .build();
    }

    /** "This is The Year in Climate, an episode of The Daily from December 4, 2026." */
    private static Optional<Response> episode(HandlerInput input, Speech speech, Playback playing) {
        PlayableItem episode = playing.item();
        String show = episode.show() == null ? null : episode.show().name();
        Optional<Phrase> released = episode.released().map(date -> ReleaseDates.from(speech, date));
        Phrase answer = released
                .map(date -> speech.say("playing.episode", episode.name(), show, date))
                .orElseGet(() -> speech.say("playing.episode.undated", episode.name(), show));
        ResponseBuilder response = Cards.withArtwork(input.getResponseBuilder(), episode.name(), answer.text(),
                episode.artwork());
        // the screen names the show where a song names its artists, and the date where a song its playlist
        Phrase byline = show == null ? speech.say("unnamed") : Phrase.of(show);
        return Screens.show(input, response, NowPlayingScreen.of(speech, playing, byline, released))
                .withSpeech(answer.ssml())
                .withShouldEndSession(true)
                .build();
    }

    private static Optional<Phrase> from(Speech speech, SpotifySession spotify, Playback playback,
            PlaylistFinder playlists) {
        Playback.PlaybackContext context = playback.context();
        // Spotify may name the context's type without its uri (the description makes both optional; issue 25)
        if (context != null && "playlist".equals(context.type()) && context.uri() != null) {
            return playlists.until(spotify, p -> context.uri().equals(p.uri())).read().stream()
                    .filter(p -> context.uri().equals(p.uri())).map(Playlist::name)
                    .findFirst().map(name -> speech.say("playing.fromPlaylist", name));
        }
        if (playback.item().album() != null && playback.item().album().name() != null) {
            return Optional.of(speech.say("playing.fromAlbum", playback.item().album().name()));
        }
        return Optional.empty();
    }
}
