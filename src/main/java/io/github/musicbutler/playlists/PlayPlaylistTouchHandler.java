package io.github.musicbutler.playlists;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.linking.LinkedTouchHandler;
import io.github.musicbutler.reply.DeviceRef;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.screens.TouchHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * A touch on a playlist of the list a screen shows: "play Running Mix", started as a playlist named clearly is
 * ({@link PlaylistChoice.Option#start}). The touch carries the playlist's URI; only a playlist the listener has
 * (read from their library now, not trusted from the screen) is played, anything else is a stale touch.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlayPlaylistTouchHandler extends LinkedTouchHandler {

    private final PlaylistFinder finder;

    PlayPlaylistTouchHandler(PlaylistFinder finder) {
        super(Touch.PLAY);
        this.finder = finder;
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Optional<String> uri = Touch.target(input).filter(target -> target.startsWith("spotify:playlist:"));
        if (uri.isEmpty()) {
            return TouchHandler.stale(input);
        }
        Optional<Playlist> playlist = finder.until(spotify, p -> uri.get().equals(p.uri())).read().stream()
                .filter(p -> uri.get().equals(p.uri())).findFirst();
        return playlist.map(p -> PlaylistChoice.Option.of(p).start(input, spotify, DeviceRef.of(null), false))
                .orElseGet(() -> TouchHandler.stale(input));
    }
}
