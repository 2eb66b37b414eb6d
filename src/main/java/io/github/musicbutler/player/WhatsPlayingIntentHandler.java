package io.github.musicbutler.player;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.ArtworkCard;
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.Playback;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What's playing": the track, its artists, and the playlist or album it is played from. Spotify only gives the
 * playlist's URI, so its name comes from the user's own playlists.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class WhatsPlayingIntentHandler extends LinkedAccountHandler {

    private final Spotify spotify;

    WhatsPlayingIntentHandler(Spotify spotify) {
        this.spotify = spotify;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("WhatsPlayingIntent"));
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, String accessToken) {
        SpotifySession session = spotify.of(input, accessToken);
        Speech speech = Speech.of(input);
        Optional<Playback> playing = session.await(session.currentlyPlaying());
        if (playing.isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("playing.nothing")).withShouldEndSession(true).build();
        }
        Playback playback = playing.get();
        PlayableItem item = playback.item();
        String byline = item.byline(speech.text("list.and"));
        StringBuilder answer = new StringBuilder(speech.say("playing.track", item.name(), byline));
        StringBuilder card = new StringBuilder(byline);
        Playback.PlaybackContext context = playback.context();
        if (context != null && "playlist".equals(context.type())) {
            String playlist = session.await(session.allPlaylists()).stream()
                    .filter(p -> context.uri().equals(p.uri())).map(Playlist::name).findFirst().orElse(null);
            if (playlist != null) {
                answer.append(' ').append(speech.say("playing.fromPlaylist", playlist));
                card.append('\n').append(speech.text("playing.fromPlaylist", playlist));
            }
        } else if (item.album() != null && item.album().name() != null) {
            answer.append(' ').append(speech.say("playing.fromAlbum", item.album().name()));
            card.append('\n').append(speech.text("playing.fromAlbum", item.album().name()));
        }
        return ArtworkCard.add(input.getResponseBuilder(), item.name(), card.toString(), item.artwork())
                .withSpeech(answer.toString())
                .withShouldEndSession(true)
                .build();
    }
}
