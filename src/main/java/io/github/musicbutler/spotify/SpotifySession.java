package io.github.musicbutler.spotify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.github.musicbutler.spotify.SpotifyException.Subject;
import io.github.musicbutler.spotify.SpotifyException.Topic;
import io.github.musicbutler.telemetry.Invocation;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Spotify during one Alexa request, with one token (the listener's, or the app's for the catalog). Every method
 * returns its result, waiting no longer than the request's {@link Deadline}; fails only with a
 * {@link SpotifyException} that says what was asked for and which {@link TokenKind} the call carried; and is
 * retried once after a 429 when Spotify's Retry-After fits in the time left. Methods that need two answers ask for
 * both at the same time ({@link #profileAndPlayback()}, {@link #playlistsUntilAndDevices(Predicate)}): Mutiny stays
 * inside this package. Every call to the Web API is counted, with its time, in the request's {@link Invocation}
 * metrics.
 */
public class SpotifySession {

    private static final Logger LOG = Logger.getLogger(SpotifySession.class);

    /**
     * How many liked songs one start plays: the most {@code GET /me/tracks} gives in one page. The Web API has no
     * context URI for the liked songs (valid contexts are albums, artists and playlists), so they are started as
     * a list of song URIs.
     */
    public static final int LIKED_SONGS_LIMIT = 50;

    private final SpotifyApi api;
    private final TokenKind token;
    private final Supplier<Uni<String>> authorization;
    private final Deadline deadline;
    private final SpotifyConfig config;
    private final Invocation invocation;

    SpotifySession(SpotifyApi api, TokenKind token, Supplier<Uni<String>> authorization, Deadline deadline,
            SpotifyConfig config, Invocation invocation) {
        this.api = api;
        this.token = token;
        this.authorization = authorization;
        this.deadline = deadline;
        this.config = config;
        this.invocation = invocation;
    }

    /** The kind of token every call of this session carries. */
    public TokenKind token() {
        return token;
    }

    public UserProfile profile() {
        return await(call(Topic.ACCOUNT, api::profile));
    }

    /** Who the listener is and what their player is doing, asked at the same time. */
    public ProfileAndPlayback profileAndPlayback() {
        return await(Uni.combine().all().unis(call(Topic.ACCOUNT, api::profile), call(Topic.PLAYER, api::playback))
                .with((profile, playback) -> new ProfileAndPlayback(profile, Optional.ofNullable(playback))));
    }

    /** One page of the user's playlists, for reading them out a few at a time. */
    public Page<Playlist> playlists(int limit, int offset) {
        return await(playlistPage(limit, offset));
    }

    /**
     * The user's playlists, read to find one of them: the first page says how many there are, then the other pages
     * are read at the same time ({@link SpotifyConfig#pageConcurrency()} at once, up to
     * {@link SpotifyConfig#maxPlaylists()}). Reading stops early once a page holds a playlist {@code wanted}
     * accepts (the rest could not beat it), and ends when only {@link SpotifyConfig#readingReserve()} of the
     * request's time is left, so the call that follows still fits: then {@link PlaylistLibrary#cutShort()} says
     * that the library was not searched through.
     */
    public PlaylistLibrary playlistsUntil(Predicate<Playlist> wanted) {
        return await(library(wanted));
    }

    /**
     * {@link #playlistsUntil(Predicate)} and {@link #devices()} at the same time, for "play … on the kitchen
     * speaker".
     */
    public PlaylistsAndDevices playlistsUntilAndDevices(Predicate<Playlist> wanted) {
        return await(Uni.combine().all().unis(library(wanted), call(Topic.PLAYER, api::devices))
                .with((library, devices) -> new PlaylistsAndDevices(library, devices.devices())));
    }

    private Uni<PlaylistLibrary> library(Predicate<Playlist> wanted) {
        int size = config.pageSize();
        return playlistPage(size, 0).chain(first -> {
            if (first.next() == null || first.items().isEmpty() || first.items().stream().anyMatch(wanted)) {
                return Uni.createFrom().item(new PlaylistLibrary(first.items(), first.total(), false));
            }
            return rest(first, wanted, size);
        });
    }

    /** The pages after the first, read at the same time until one holds a playlist {@code wanted} accepts. */
    private Uni<PlaylistLibrary> rest(Page<Playlist> first, Predicate<Playlist> wanted, int size) {
        int total = Math.min(first.total(), config.maxPlaylists());
        List<Integer> offsets = new ArrayList<>();
        for (int offset = first.items().size(); offset < total; offset += size) {
            offsets.add(offset);
        }
        // Pages arrive in any order; kept by offset so that the playlists keep Spotify's order.
        Map<Integer, List<Playlist>> pages = new ConcurrentSkipListMap<>(Map.of(0, first.items()));
        AtomicBoolean found = new AtomicBoolean();
        // Set once the answer is known or the time is up: no page is asked for after that.
        AtomicBoolean stop = new AtomicBoolean();
        Duration reading = deadline.remaining().minus(config.readingReserve());
        Uni<Boolean> read = !reading.isPositive() ? Uni.createFrom().item(false)
                : Multi.createFrom().iterable(offsets)
                        .onItem().transformToUni(offset -> stop.get() ? Uni.createFrom().<Page<Playlist>>nullItem()
                                : playlistPage(size, offset).invoke(page -> {
                                    pages.put(offset, page.items());
                                    if (page.items().stream().anyMatch(wanted)) {
                                        found.set(true);
                                        stop.set(true);
                                    }
                                }))
                        .merge(config.pageConcurrency())
                        .select().first(page -> !found.get())
                        .collect().last()
                        .ifNoItem().after(reading).recoverWithItem(() -> null)
                        .replaceWith(true);
        return read.onTermination().invoke(() -> stop.set(true)).map(done -> {
            List<Playlist> all = pages.values().stream().flatMap(List::stream).toList();
            boolean cutShort = !found.get() && all.size() < first.total();
            if (cutShort) {
                LOG.infof("Read %d of %d playlists within the request's time", all.size(), first.total());
            }
            return new PlaylistLibrary(all, first.total(), cutShort);
        });
    }

    public Page<PlaylistEntry> playlistItems(Playlist playlist, int limit) {
        return await(call(new Subject(Topic.PLAYLIST, playlist.name()),
                auth -> api.playlistItems(auth, playlist.id(), limit, 0)));
    }

    /** The player's state, empty when no device is active. */
    public Optional<Playback> playback() {
        return Optional.ofNullable(await(call(Topic.PLAYER, api::playback)));
    }

    /** What is playing, empty when nothing is. */
    public Optional<Playback> currentlyPlaying() {
        return Optional.ofNullable(await(call(Topic.PLAYER, api::currentlyPlaying))).filter(p -> p.item() != null);
    }

    public List<Device> devices() {
        return await(call(Topic.PLAYER, api::devices)).devices();
    }

    /** Starts a track, album, artist or playlist; on {@code device}, or the active device when {@code null}. */
    public void play(Playable playable, Device device) {
        play(playable, device == null ? null : device.id());
    }

    /** Starts a track, album, artist or playlist; on the device with that id, or the active device when {@code null}. */
    public void play(Playable playable, String deviceId) {
        await(call(Subject.of(playable), auth -> api.play(auth, deviceId, playable.request())));
    }

    /** Adds a song to the queue of the active device (or the device with that id). */
    public void queue(Playable song, String deviceId) {
        await(call(Subject.of(song), auth -> api.queue(auth, song.uri(), deviceId)));
    }

    public void resume() {
        await(call(Topic.PLAYER, api::resume));
    }

    public void pause() {
        await(call(Topic.PLAYER, api::pause));
    }

    public void next() {
        await(call(Topic.PLAYER, api::next));
    }

    public void previous() {
        await(call(Topic.PLAYER, api::previous));
    }

    public void shuffle(boolean on) {
        shuffle(on, null);
    }

    /** Shuffle on or off on the device with that id, or on the active device when {@code null}. */
    public void shuffle(boolean on, String deviceId) {
        await(call(Topic.PLAYER, auth -> api.shuffle(auth, on, deviceId)));
    }

    public void repeat(RepeatMode mode) {
        await(call(Topic.PLAYER, auth -> api.repeat(auth, mode.state())));
    }

    /**
     * The device playing now ({@code GET /me/player}), with its volume; fails with
     * {@link SpotifyOutcome#NO_ACTIVE_DEVICE} when none is.
     */
    public Device activeDevice() {
        Playback playback = await(call(Topic.PLAYER, api::playback));
        if (playback == null || playback.device() == null) {
            throw new SpotifyException(SpotifyOutcome.NO_ACTIVE_DEVICE, "GET /me/player: no active device")
                    .carrying(token);
        }
        return playback.device();
    }

    /**
     * Sets the device's volume to {@code percent} (kept within 0 to 100). A device that does not let Spotify set
     * its volume fails with {@link SpotifyOutcome#VOLUME_CONTROL_DISALLOWED} about that device, before or (when it
     * did not say so) after asking Spotify.
     */
    public void setVolume(Device device, int percent) {
        Subject about = new Subject(Topic.DEVICE, device.name());
        if (!device.volumeControllable()) {
            throw new SpotifyException(SpotifyOutcome.VOLUME_CONTROL_DISALLOWED,
                    "the device reports supports_volume=false or no volume_percent").about(about).carrying(token);
        }
        int volume = Math.max(0, Math.min(100, percent));
        await(call(about, auth -> api.volume(auth, volume, device.id())));
    }

    /** Moves the playing item to {@code positionMs} on {@code device} (the active one when null). */
    public void seek(long positionMs, Device device) {
        await(call(Topic.PLAYER, auth -> api.seek(auth, positionMs, device == null ? null : device.id())));
    }

    /** The newest {@link #LIKED_SONGS_LIMIT} liked songs, newest first. */
    public LikedSongs likedSongs() {
        return await(savedTracks().map(page -> liked(page, List.of())));
    }

    /** {@link #likedSongs()} and {@link #devices()} at the same time, for "play my liked songs on the TV". */
    public LikedSongs likedSongsAndDevices() {
        return await(Uni.combine().all().unis(savedTracks(), call(Topic.PLAYER, api::devices))
                .with((page, devices) -> liked(page, devices.devices())));
    }

    /** Starts these songs (Spotify URIs, in this order) on the device with that id, or the active one. */
    public void playSongs(List<String> uris, String deviceId) {
        await(call(new Subject(Topic.LIBRARY, null),
                auth -> api.play(auth, deviceId, new PlayRequest(null, List.copyOf(uris)))));
    }

    private Uni<Page<SavedTrack>> savedTracks() {
        return call(new Subject(Topic.LIBRARY, null), auth -> api.savedTracks(auth, LIKED_SONGS_LIMIT, 0));
    }

    private static LikedSongs liked(Page<SavedTrack> page, List<Device> devices) {
        // Spotify lists them newest first; sorted again by the date saved, so that it does not rest on that alone.
        List<PlayableItem> songs = page.items().stream()
                .filter(saved -> saved != null && saved.track() != null && saved.track().uri() != null
                        && !saved.track().uri().startsWith("spotify:local:"))
                .sorted(Comparator.comparing(SavedTrack::addedAt,
                        Comparator.nullsLast(Comparator.<String>reverseOrder())))
                .map(SavedTrack::track)
                .toList();
        return new LikedSongs(songs, Math.max(page.total(), songs.size()), devices);
    }

    /** Moves playback to the device and keeps it playing there. */
    public void transfer(Device device) {
        await(call(Topic.PLAYER, auth -> api.transfer(auth, new TransferRequest(List.of(device.id()), true))));
    }

    public List<Artist> topArtists(String timeRange, int limit) {
        return await(call(Topic.ACCOUNT, auth -> api.topArtists(auth, timeRange, limit))).items();
    }

    public List<PlayableItem> topTracks(String timeRange, int limit) {
        return await(call(Topic.ACCOUNT, auth -> api.topTracks(auth, timeRange, limit))).items();
    }

    public void saveToLibrary(PlayableItem item) {
        await(call(new Subject(Topic.LIBRARY, item.name()), auth -> api.saveToLibrary(auth, item.uri())));
    }

    /**
     * Searches the catalog in the listener's country (en-GB: GB), so that results are playable where they are.
     *
     * @param types comma-separated: {@code track}, {@code artist}, {@code album}, {@code playlist}
     */
    public SearchResults search(String query, String types, int limit, Locale locale) {
        String market = locale.getCountry().isEmpty() ? null : locale.getCountry();
        int capped = Math.max(1, Math.min(limit, SpotifyApi.MAX_SEARCH_LIMIT));
        return await(call(Topic.SEARCH, auth -> api.search(auth, query, types, capped, market)));
    }

    private Uni<Page<Playlist>> playlistPage(int limit, int offset) {
        return call(Topic.ACCOUNT, auth -> api.playlists(auth, limit, offset));
    }

    /** The result of {@code call}, or {@link SpotifyOutcome#TIMED_OUT} once the request's budget is spent. */
    private <T> T await(Uni<T> call) {
        Duration left = deadline.remaining();
        if (left.isZero()) {
            throw new SpotifyException(SpotifyOutcome.TIMED_OUT, "no time left for Spotify").carrying(token);
        }
        try {
            return call.ifNoItem().after(left)
                    .failWith(() -> new SpotifyException(SpotifyOutcome.TIMED_OUT, "no answer within " + left.toMillis() + " ms"))
                    .await().indefinitely();
        } catch (RuntimeException e) {
            throw SpotifyErrorMapper.translate(e).carrying(token);
        }
    }

    private <T> Uni<T> call(Topic topic, Function<String, Uni<? extends T>> request) {
        return call(new Subject(topic, null), request);
    }

    private <T> Uni<T> call(Subject subject, Function<String, Uni<? extends T>> request) {
        return attempt(subject, request).onFailure(this::worthWaitingFor).recoverWithUni(failure -> {
            Duration wait = ((SpotifyException) failure).retryAfter().orElseThrow();
            LOG.infof("Spotify asked to wait %d s (429); retrying once", wait.toSeconds());
            return Uni.createFrom().voidItem().onItem().delayIt().by(wait).chain(() -> attempt(subject, request));
        });
    }

    private <T> Uni<T> attempt(Subject subject, Function<String, Uni<? extends T>> request) {
        return authorization.get().<T>chain(auth -> counted(request.apply(auth)))
                .onFailure().transform(failure -> SpotifyErrorMapper.translate(failure).about(subject).carrying(token));
    }

    /** The call, timed from when it is sent until it answers, fails or is given up on (the deadline). */
    private <T> Uni<? extends T> counted(Uni<? extends T> call) {
        return Uni.createFrom().deferred(() -> {
            long sent = System.nanoTime();
            return call.onTermination().invoke(() -> invocation.spotifyCall(System.nanoTime() - sent));
        });
    }

    private boolean worthWaitingFor(Throwable failure) {
        return failure instanceof SpotifyException e && e.outcome() == SpotifyOutcome.RATE_LIMITED
                && e.retryAfter().filter(deadline::allows).isPresent();
    }
}
