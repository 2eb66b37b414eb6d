package io.github.musicbutler.spotify;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.github.musicbutler.spotify.SpotifyException.Subject;
import io.github.musicbutler.spotify.SpotifyException.Topic;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Spotify during one Alexa request, with one token (the listener's, or the app's for the catalog): one method per
 * thing a feature asks, each made through the session's {@link CallPolicy} (the token, the request's {@link Deadline},
 * the one retry after a 429, the metrics, the failure typing). Methods that need two answers ask for both at the same
 * time ({@link #profileAndPlayback()}, {@link #andDevices(Supplier)}, {@link #playlistPages}): Mutiny stays inside this
 * package. What a feature makes of the answers (which playlists to read, in what order liked songs play) is the
 * feature's.
 */
public class SpotifySession {

    private final SpotifyApi api;
    private final CallPolicy policy;

    SpotifySession(SpotifyApi api, CallPolicy policy) {
        this.api = api;
        this.policy = policy;
    }

    /** The kind of token every call of this session carries. */
    public TokenKind token() {
        return policy.token();
    }

    /** The request's time left for Spotify: zero once its deadline has passed. */
    public Duration timeLeft() {
        return policy.timeLeft();
    }

    public UserProfile profile() {
        return await(call(Topic.ACCOUNT, api::profile));
    }

    /** Who the listener is and what their player is doing, asked at the same time. */
    public ProfileAndPlayback profileAndPlayback() {
        return await(Uni.combine().all()
                .unis(call(Topic.ACCOUNT, api::profile), call(Topic.PLAYER, this::playerState))
                .with((profile, playback) -> new ProfileAndPlayback(profile, Optional.ofNullable(playback))));
    }

    /** One page of the user's playlists, for reading them out a few at a time. */
    public Page<Playlist> playlists(int limit, int offset) {
        return await(playlistPage(limit, offset));
    }

    /**
     * Pages of the user's playlists ({@code limit} each) at these offsets, {@code concurrency} of them asked for at
     * a time. No page is asked for once one that arrived is {@code enough}, nor after {@code within}: then the
     * pages still on their way are given up on. The pages that arrived, in the order of their offsets.
     */
    public List<Page<Playlist>> playlistPages(int limit, List<Integer> offsets, int concurrency,
            Predicate<Page<Playlist>> enough, Duration within) {
        if (offsets.isEmpty() || !within.isPositive()) {
            return List.of();
        }
        // Pages arrive in any order; kept by offset so that the playlists keep Spotify's order.
        Map<Integer, Page<Playlist>> pages = new ConcurrentSkipListMap<>();
        AtomicBoolean found = new AtomicBoolean();
        // Set once the answer is known or the time is up: no page is asked for after that.
        AtomicBoolean stop = new AtomicBoolean();
        Uni<Boolean> read = Multi.createFrom().iterable(offsets)
                .onItem().transformToUni(offset -> stop.get() ? Uni.createFrom().<Page<Playlist>>nullItem()
                        // A page given up on still finishes, its answer dropped: the REST client does not end a
                        // cancelled request, which then timed out with an ERROR line 8 s after the answer.
                        : playlistPage(limit, offset).memoize().indefinitely().invoke(page -> {
                            pages.put(offset, page);
                            if (enough.test(page)) {
                                found.set(true);
                                stop.set(true);
                            }
                        }))
                .merge(concurrency)
                .select().first(page -> !found.get())
                .collect().last()
                .ifNoItem().after(within).on(policy.timers()).recoverWithItem(() -> null)
                .replaceWith(true);
        await(read.onTermination().invoke(() -> stop.set(true)));
        return List.copyOf(pages.values());
    }

    /**
     * What {@code reading} reads through this session, and the user's devices ({@code GET /me/player/devices}) asked
     * for at the same time: for "play … on the kitchen speaker".
     */
    public <T> AndDevices<T> andDevices(Supplier<T> reading) {
        if (timeLeft().isZero()) {
            throw policy.failure(SpotifyOutcome.TIMED_OUT, "no time left for Spotify");
        }
        CompletableFuture<Devices> devices = call(Topic.PLAYER, api::devices).subscribeAsCompletionStage();
        try {
            T read = reading.get();
            return new AndDevices<>(read, await(Uni.createFrom().completionStage(devices)).devices());
        } finally {
            // Given up on when the reading failed or the time ran out (and counted so, within this request).
            devices.cancel(false);
        }
    }

    public Page<PlaylistEntry> playlistItems(Playlist playlist, int limit) {
        return await(call(new Subject(Topic.PLAYLIST, playlist.name()),
                auth -> api.playlistItems(auth, playlist.id(), limit, 0)));
    }

    /** Appends {@code item} to the end of {@code playlist}. */
    public void addToPlaylist(Playlist playlist, PlayableItem item) {
        await(call(new Subject(Topic.PLAYLIST, playlist.name()),
                auth -> api.addToPlaylist(auth, playlist.id(), new AddItemsRequest(List.of(item.uri())))));
    }

    /** The player's state, empty when no device is active. */
    public Optional<Playback> playback() {
        return Optional.ofNullable(await(call(Topic.PLAYER, this::playerState)));
    }

    /** What is playing, empty when nothing is. */
    public Optional<Playback> currentlyPlaying() {
        return Optional.ofNullable(await(call(Topic.PLAYER, auth -> api.currentlyPlaying(auth, SpotifyApi.EPISODES))))
                .filter(p -> p.item() != null);
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

    /**
     * Starts a playlist or album at its entry {@code position} (from 0); on the device with that id, or the active
     * device when {@code null}.
     */
    public void playFrom(Playable context, int position, String deviceId) {
        await(call(Subject.of(context), auth -> api.play(auth, deviceId, PlayRequest.context(context.uri(), position))));
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
        Playback playback = await(call(Topic.PLAYER, this::playerState));
        if (playback == null || playback.device() == null) {
            throw policy.failure(SpotifyOutcome.NO_ACTIVE_DEVICE, "GET /me/player: no active device");
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
                    "the device reports supports_volume=false or no volume_percent").about(about).carrying(token());
        }
        int volume = Math.max(0, Math.min(100, percent));
        await(call(about, auth -> api.volume(auth, volume, device.id())));
    }

    /** The first {@code limit} of the user's liked songs ({@code GET /me/tracks}), as Spotify lists them. */
    public Page<SavedTrack> savedTracks(int limit) {
        return await(call(new Subject(Topic.LIBRARY, null), auth -> api.savedTracks(auth, limit, 0)));
    }

    /** Moves the playing item to {@code positionMs} on {@code device} (the active one when null). */
    public void seek(long positionMs, Device device) {
        await(call(Topic.PLAYER, auth -> api.seek(auth, positionMs, device == null ? null : device.id())));
    }

    /** Starts these songs (Spotify URIs, in this order) on the device with that id, or the active one. */
    public void playSongs(List<String> uris, String deviceId) {
        await(call(new Subject(Topic.LIBRARY, null),
                auth -> api.play(auth, deviceId, PlayRequest.tracks(uris))));
    }

    /** Starts these songs (Spotify URIs, in this order) with the one at {@code position} (from 0), on the active device. */
    public void playSongsFrom(List<String> uris, int position) {
        await(call(new Subject(Topic.LIBRARY, null),
                auth -> api.play(auth, null, PlayRequest.tracks(uris, position))));
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

    /** Follows a podcast: saves the show (its URI) to the listener's library, {@code PUT /me/library}. */
    public void follow(String showName, String showUri) {
        await(call(new Subject(Topic.SHOW, showName), auth -> api.saveToLibrary(auth, showUri)));
    }

    /**
     * Searches the catalog in the listener's country (en-GB: GB), so that results are playable where they are.
     *
     * @param types comma-separated: {@code track}, {@code artist}, {@code album}, {@code playlist}
     */
    public SearchResults search(String query, String types, int limit, Locale locale) {
        String market = market(locale);
        int capped = Math.max(1, Math.min(limit, SpotifyApi.MAX_SEARCH_LIMIT));
        return await(call(Topic.SEARCH, auth -> api.search(auth, query, types, capped, market)));
    }

    /** {@code GET /me/player}, episodes included. */
    private Uni<Playback> playerState(String auth) {
        return api.playback(auth, SpotifyApi.EPISODES);
    }

    /**
     * Podcasts whose names fit {@code query} ({@code GET /search}, type show), in the listener's country: shows
     * exist only per market, and without one Spotify counts none available.
     */
    public List<Show> searchShows(String query, int limit, Locale locale) {
        return search(query, "show", limit, locale).showList();
    }

    /** The newest {@code limit} (at most 50) episodes of {@code show}, newest first, as the listener's country has them. */
    public Page<Episode> showEpisodes(Show show, int limit, Locale locale) {
        return await(call(new Subject(Topic.SHOW, show.name()),
                auth -> api.showEpisodes(auth, show.id(), market(locale), limit, 0)));
    }

    /**
     * Starts an episode on the device with that id (the active one when {@code null}), at {@code positionMs} when
     * given (where the listener stopped), else from its start.
     */
    public void playEpisode(Episode episode, Long positionMs, String deviceId) {
        await(call(new Subject(Topic.EPISODE, episode.name()),
                auth -> api.play(auth, deviceId, PlayRequest.episode(episode.uri(), positionMs))));
    }

    /** The newest {@code limit} (at most 50) episodes the listener saved, with their shows and resume points. */
    public List<SavedEpisode> savedEpisodes(int limit, Locale locale) {
        return await(call(new Subject(Topic.LIBRARY, null),
                auth -> api.savedEpisodes(auth, market(locale), limit, 0))).items();
    }

    /** The first {@code limit} (at most 50) podcasts the listener follows, most recently followed first. */
    public List<SavedShow> followedShows(int limit) {
        return await(call(new Subject(Topic.LIBRARY, null), auth -> api.savedShows(auth, limit, 0))).items();
    }

    /**
     * The newest {@code limit} episodes of each show, asked for all at the same time: for "continue my podcast"
     * and "is there a new episode". A show whose episodes fail to arrive fails the whole, as one call would.
     */
    public Map<Show, List<Episode>> newestEpisodes(List<Show> shows, int limit, Locale locale) {
        if (shows.isEmpty()) {
            return Map.of();
        }
        List<Uni<Page<Episode>>> pages = shows.stream().map(show -> this.<Page<Episode>>call(
                new Subject(Topic.SHOW, show.name()), auth -> api.showEpisodes(auth, show.id(), market(locale), limit, 0)))
                .toList();
        List<?> read = await(Uni.combine().all().unis(pages).with(list -> list));
        Map<Show, List<Episode>> episodes = new java.util.LinkedHashMap<>();
        for (int i = 0; i < shows.size(); i++) {
            Page<?> page = (Page<?>) read.get(i);
            episodes.put(shows.get(i), page == null ? List.of() : page.items().stream()
                    .map(Episode.class::cast).toList());
        }
        return episodes;
    }

    /** Audiobooks whose titles fit {@code query} in the listener's country (none where Spotify offers none). */
    public List<Audiobook> searchAudiobooks(String query, int limit, Locale locale) {
        return search(query, "audiobook", limit, locale).audiobookList();
    }

    /** The first {@code limit} audiobooks of the listener's library, most recently saved first. */
    public List<SavedAudiobook> savedAudiobooks(int limit) {
        return await(call(new Subject(Topic.AUDIOBOOK, null), auth -> api.savedAudiobooks(auth, limit, 0))).items();
    }

    /** The first {@code limit} (at most 50) chapters of {@code book}, in its order, with resume points. */
    public List<Chapter> audiobookChapters(Audiobook book, int limit, Locale locale) {
        return await(call(new Subject(Topic.AUDIOBOOK, book.name()),
                auth -> api.audiobookChapters(auth, book.id(), market(locale), limit, 0))).items();
    }

    /** The chapters of each book, asked for all at the same time. */
    public Map<Audiobook, List<Chapter>> audiobookChapters(List<Audiobook> books, int limit, Locale locale) {
        if (books.isEmpty()) {
            return Map.of();
        }
        List<Uni<Page<Chapter>>> pages = books.stream().map(book -> this.<Page<Chapter>>call(
                new Subject(Topic.AUDIOBOOK, book.name()),
                auth -> api.audiobookChapters(auth, book.id(), market(locale), limit, 0))).toList();
        List<?> read = await(Uni.combine().all().unis(pages).with(list -> list));
        Map<Audiobook, List<Chapter>> chapters = new java.util.LinkedHashMap<>();
        for (int i = 0; i < books.size(); i++) {
            Page<?> page = (Page<?>) read.get(i);
            chapters.put(books.get(i), page == null ? List.of() : page.items().stream()
                    .map(Chapter.class::cast).toList());
        }
        return chapters;
    }

    /**
     * Plays {@code book} from its chapter at {@code index} (in the book's order), at {@code positionMs} when given;
     * on the device with that id, or the active one when {@code null}.
     */
    public void playChapter(Audiobook book, int index, Long positionMs, String deviceId) {
        await(call(new Subject(Topic.AUDIOBOOK, book.name()),
                auth -> api.play(auth, deviceId, PlayRequest.context(book.uri(), index, positionMs))));
    }

    private static String market(Locale locale) {
        return locale.getCountry().isEmpty() ? null : locale.getCountry();
    }

    private Uni<Page<Playlist>> playlistPage(int limit, int offset) {
        return call(Topic.ACCOUNT, auth -> api.playlists(auth, limit, offset));
    }

    /** The result of {@code call}, or {@link SpotifyOutcome#TIMED_OUT} once the request's budget is spent. */
    private <T> T await(Uni<T> call) {
        return policy.await(call);
    }

    private <T> Uni<T> call(Topic topic, Function<String, Uni<? extends T>> request) {
        return call(new Subject(topic, null), request);
    }

    /** One request about {@code subject}, made as {@link CallPolicy} makes every call. */
    private <T> Uni<T> call(Subject subject, Function<String, Uni<? extends T>> request) {
        return policy.call(subject, request);
    }
}
