package io.github.musicbutler.spotify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

/**
 * The user's Spotify during one Alexa request. Every call shares the request's {@link Deadline}, fails only with a
 * {@link SpotifyException}, and is retried once after a 429 when Spotify's Retry-After fits in the time left.
 * Calls return {@link Uni}s so independent ones can run at the same time; {@link #await(Uni)} waits for a result
 * no longer than the deadline allows.
 */
public class SpotifySession {

    private static final Logger LOG = Logger.getLogger(SpotifySession.class);

    private final SpotifyApi api;
    private final String authorization;
    private final Deadline deadline;
    private final SpotifyConfig config;

    SpotifySession(SpotifyApi api, String accessToken, Deadline deadline, SpotifyConfig config) {
        this.api = api;
        this.authorization = "Bearer " + accessToken;
        this.deadline = deadline;
        this.config = config;
    }

    /** The result of {@code call}, or {@link SpotifyOutcome#TIMED_OUT} once the request's budget is spent. */
    public <T> T await(Uni<T> call) {
        Duration left = deadline.remaining();
        if (left.isZero()) {
            throw new SpotifyException(SpotifyOutcome.TIMED_OUT, "no time left for Spotify");
        }
        try {
            return call.ifNoItem().after(left)
                    .failWith(() -> new SpotifyException(SpotifyOutcome.TIMED_OUT, "no answer within " + left.toMillis() + " ms"))
                    .await().indefinitely();
        } catch (RuntimeException e) {
            throw SpotifyErrorMapper.translate(e);
        }
    }

    public Uni<UserProfile> profile() {
        return call(() -> api.profile(authorization));
    }

    /** One page of the user's playlists, for reading them out a few at a time. */
    public Uni<Page<Playlist>> playlists(int limit, int offset) {
        return call(() -> api.playlists(authorization, limit, offset));
    }

    /**
     * All of the user's playlists (up to {@link SpotifyConfig#maxPlaylists()}): the first page says how many there
     * are, the others are then fetched at the same time.
     */
    public Uni<List<Playlist>> allPlaylists() {
        int size = config.pageSize();
        return playlists(size, 0).chain(first -> {
            if (first.next() == null || first.items().isEmpty()) {
                return Uni.createFrom().item(first.items());
            }
            int total = Math.min(first.total(), config.maxPlaylists());
            List<Uni<Page<Playlist>>> rest = new ArrayList<>();
            for (int offset = first.items().size(); offset < total; offset += size) {
                rest.add(playlists(size, offset));
            }
            if (rest.isEmpty()) {
                return Uni.createFrom().item(first.items());
            }
            return Uni.join().all(rest).andFailFast().map(pages -> {
                List<Playlist> all = new ArrayList<>(first.items());
                pages.forEach(page -> all.addAll(page.items()));
                return all;
            });
        });
    }

    public Uni<Page<PlaylistEntry>> playlistItems(String playlistId, int limit) {
        return call(() -> api.playlistItems(authorization, playlistId, limit, 0));
    }

    /** The player's state, empty when no device is active. */
    public Uni<Optional<Playback>> playback() {
        return call(() -> api.playback(authorization)).map(Optional::ofNullable);
    }

    /** What is playing, empty when nothing is. */
    public Uni<Optional<Playback>> currentlyPlaying() {
        return call(() -> api.currentlyPlaying(authorization)).map(Optional::ofNullable)
                .map(playing -> playing.filter(p -> p.item() != null));
    }

    public Uni<List<Device>> devices() {
        return call(() -> api.devices(authorization)).map(Devices::devices);
    }

    /** Plays a playlist, album or artist; {@code deviceId} {@code null} means the active device. */
    public Uni<Void> play(String contextUri, String deviceId) {
        return call(() -> api.play(authorization, deviceId, PlayRequest.context(contextUri)));
    }

    /** Plays one song on the active device. */
    public Uni<Void> playTrack(String trackUri) {
        return call(() -> api.play(authorization, null, PlayRequest.tracks(trackUri)));
    }

    public Uni<Void> resume() {
        return call(() -> api.resume(authorization));
    }

    public Uni<Void> pause() {
        return call(() -> api.pause(authorization));
    }

    public Uni<Void> next() {
        return call(() -> api.next(authorization));
    }

    public Uni<Void> previous() {
        return call(() -> api.previous(authorization));
    }

    public Uni<Void> shuffle(boolean on) {
        return call(() -> api.shuffle(authorization, on));
    }

    /** Moves playback to the device and keeps it playing there. */
    public Uni<Void> transfer(String deviceId) {
        return call(() -> api.transfer(authorization, new TransferRequest(List.of(deviceId), true)));
    }

    public Uni<List<Artist>> topArtists(String timeRange, int limit) {
        return call(() -> api.topArtists(authorization, timeRange, limit)).map(Page::items);
    }

    public Uni<List<PlayableItem>> topTracks(String timeRange, int limit) {
        return call(() -> api.topTracks(authorization, timeRange, limit)).map(Page::items);
    }

    public Uni<Void> saveToLibrary(String uri) {
        return call(() -> api.saveToLibrary(authorization, uri));
    }

    private <T> Uni<T> call(Supplier<Uni<? extends T>> request) {
        return attempt(request).onFailure(this::worthWaitingFor).recoverWithUni(failure -> {
            Duration wait = ((SpotifyException) failure).retryAfter().orElseThrow();
            LOG.infof("Spotify asked to wait %d s (429); retrying once", wait.toSeconds());
            return Uni.createFrom().voidItem().onItem().delayIt().by(wait).chain(() -> attempt(request));
        });
    }

    private static <T> Uni<T> attempt(Supplier<Uni<? extends T>> request) {
        return Uni.createFrom().<T>deferred(request).onFailure().transform(SpotifyErrorMapper::translate);
    }

    private boolean worthWaitingFor(Throwable failure) {
        return failure instanceof SpotifyException e && e.outcome() == SpotifyOutcome.RATE_LIMITED
                && e.retryAfter().filter(deadline::allows).isPresent();
    }
}
