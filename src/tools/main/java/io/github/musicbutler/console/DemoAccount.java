package io.github.musicbutler.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.url.PathTemplate;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.nimbusds.jwt.JWTParser;

import io.github.musicbutler.console.DemoLibrary.Artist;
import io.github.musicbutler.console.DemoLibrary.Device;
import io.github.musicbutler.console.DemoLibrary.Playlist;
import io.github.musicbutler.console.DemoLibrary.Track;
import io.github.musicbutler.support.FakeSpotify;

/**
 * The demo household's Spotify, as {@link FakeSpotify} answers it for the console: Alex Demo's music and player
 * ({@link DemoLibrary}) and Sam's, who linked his own. Each endpoint the skill uses is a WireMock stub whose answer
 * this extension renders from the library and the player's state, like Spotify does in 2026 (playlist entries under
 * {@code item}, no product/email/country on {@code /me}, search limit at most 10, {@code 404 NO_ACTIVE_DEVICE},
 * {@code 204} when nothing plays).
 * <p>
 * It keeps player state: after "play running mix on the kitchen speaker", "what's playing" names the first song of
 * Running Mix on the Kitchen Speaker. That state across endpoints is why the answers are rendered here rather than
 * written as stubs with fixed bodies, whose scenarios would need a state per combination of playlist, track, device
 * and pause.
 * <p>
 * {@link #token(String)} is Alex of a locale's household, {@link #samToken(String)} Sam; one fake can serve a household
 * per locale, so that one function talks to all of them as one Lambda instance serves people of every locale. The
 * first household's people also answer to {@link #TOKEN} and {@link #SAM_TOKEN}. A token the fake's accounts service
 * issued to the skill's app (client-credentials grant) searches the first Alex's music as the catalogue. Any other
 * token gets Spotify's 401.
 */
public final class DemoAccount implements ResponseDefinitionTransformerV2 {

    public static final String TOKEN = "demo-alex-access-token";
    /** Sam's own link: a household member's personal token, as Alexa sends it in {@code context.System.person}. */
    public static final String SAM_TOKEN = "demo-sam-access-token";

    private static final String NAME = "demo-account";
    private static final String ENDPOINT = "endpoint";
    private static final String UNKNOWN = "unknown";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SEARCH_LIMIT_MAX = 10;

    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    /** The people of the demo household, by their access token. */
    private final Map<String, Account> accounts = new HashMap<>();
    /** The households: their devices' names, in the language of the locale they live in. */
    private final Map<String, List<String>> deviceNames = new LinkedHashMap<>();
    private final LocalDate today;
    /** The households served, so that a test can give one a fresh start ({@link #moveIn(FakeSpotify)}). */
    private static final Map<FakeSpotify, DemoAccount> SERVED = Collections.synchronizedMap(new WeakHashMap<>());
    /** Whose token the request being answered carries. */
    private Account user;
    /** The fake's {@code SPOTIFY_API_URL}, which the answers' links start with. */
    private String apiUrl;

    /** A person's Spotify: their music and their player, which plays what they last started. */
    private static final class Account {
        private final DemoLibrary library;
        private final Set<String> savedUris = new LinkedHashSet<>();
        /** What is playing from: a playlist, album or artist; {@code null} for songs started on their own. */
        private Context context;
        private List<Track> queue;
        private int position;
        private Device activeDevice;
        private boolean playing;
        private boolean shuffle;
        /** {@code off}, {@code track} or {@code context}. */
        private String repeat = "off";
        /** The episode playing in place of the queue's song, or {@code null}; its show. */
        private DemoLibrary.Episode episode;
        private DemoLibrary.Show episodeShow;
        /** Where in the playing song, as "skip ahead thirty seconds" left it; null: a third of the way in. */
        private Long progressMs;
        /** Each device's volume, as "turn it up" left it. */
        private final Map<Device, Integer> volumes = new HashMap<>();
        /** Songs "add this song to …" appended, by playlist id, after the library's own. */
        private final Map<String, List<Track>> added = new HashMap<>();

        Account(DemoLibrary library) {
            this.library = library;
            Playlist start = library.playlists().get(Math.min(1, library.playlists().size() - 1));
            context = new Context("playlist", start.uri(), "/playlists/" + start.id());
            queue = start.tracks();
            activeDevice = library.devices().get(2);
            playing = true;
        }
    }

    private DemoAccount(List<String> locales, LocalDate today) {
        locales.forEach(locale -> deviceNames.put(locale, ConsoleLanguage.of(locale).demoDevices()));
        this.today = today;
        moveIn();
        get("/me", call -> ok(me()));
        get("/me/playlists", call -> ok(page(call, "/me/playlists", user.library.playlists(), this::playlist, 20, 50)));
        get("/playlists/{id}", call -> findPlaylist(call.path("id")).map(p -> ok(fullPlaylist(p)))
                .orElseGet(this::notFound));
        get("/playlists/{id}/items", call -> findPlaylist(call.path("id"))
                .map(p -> ok(page(call, "/playlists/" + p.id() + "/items", tracksOf(p), this::playlistItem, 100, 100)))
                .orElseGet(this::notFound));
        get("/me/player", call -> playback(call, true));
        get("/me/player/currently-playing", call -> playback(call, false));
        get("/me/player/devices", call -> ok(devices()));
        put("/me/player/play", this::play);
        put("/me/player", this::transfer);
        put("/me/player/pause", call -> whenActive(() -> user.playing = false));
        post("/me/player/next", call -> whenActive(() -> skip(1)));
        post("/me/player/previous", call -> whenActive(() -> skip(-1)));
        put("/me/player/shuffle", call -> whenActive(() -> user.shuffle = Boolean.parseBoolean(call.query("state"))));
        post("/me/player/queue", this::addToQueue);
        post("/playlists/{id}/items", this::addToPlaylist);
        put("/me/player/volume", this::volume);
        put("/me/player/repeat", this::repeat);
        put("/me/player/seek", this::seek);
        get("/me/tracks", call -> ok(page(call, "/me/tracks", likedSongs(), this::savedTrack, 20, 50)));
        get("/me/top/artists", call -> ok(page(call, "/me/top/artists",
                user.library.topArtists(call.query("time_range", "medium_term")), this::artist, 20, 50)));
        get("/me/top/tracks", call -> ok(page(call, "/me/top/tracks",
                user.library.topTracks(call.query("time_range", "medium_term")), this::track, 20, 50)));
        put("/me/library", this::save);
        get("/search", this::search);
        get("/me/shows", call -> ok(page(call, "/me/shows", user.library.followedShows(), this::savedShow, 20, 50)));
        get("/me/episodes", call -> ok(page(call, "/me/episodes", user.library.savedEpisodes(), this::savedEpisode,
                20, 50)));
        get("/me/audiobooks", call -> ok(page(call, "/me/audiobooks", user.library.savedAudiobooks(),
                this::savedAudiobook, 20, 50)));
        get("/audiobooks/{id}/chapters", call -> user.library.audiobooks().stream()
                .filter(book -> book.id().equals(call.path("id"))).findFirst()
                .map(book -> ok(page(call, "/audiobooks/" + book.id() + "/chapters", book.chapters(),
                        chapter -> chapter(book, chapter), 20, 50)))
                .orElseGet(this::notFound));
        get("/shows/{id}/episodes", call -> findShow(call.path("id"))
                .map(show -> ok(page(call, "/shows/" + show.id() + "/episodes", show.episodes(),
                        episode -> episode(episode, null), 20, 50)))
                .orElseGet(this::notFound));
    }

    /** Starts the one fake Spotify with the demo household of a user who speaks {@code locale}'s language. */
    public static FakeSpotify serve(String locale) {
        return serve(List.of(locale));
    }

    /** The same with a household in each of {@code locales}, reached with {@link #token(String)}. */
    public static FakeSpotify serve(List<String> locales) {
        // the console's device is in UTC: its podcasts' "yesterday" is UTC's
        DemoAccount demo = new DemoAccount(locales, LocalDate.now(ZoneOffset.UTC));
        FakeSpotify spotify = FakeSpotify.start(demo);
        SERVED.put(spotify, demo);
        demo.endpoints.forEach((name, endpoint) -> spotify.stubFor(request(endpoint.method(),
                urlPathTemplate(endpoint.template().toString())).willReturn(answeredBy(name))));
        // Spotify's answer to a path it does not have, for whatever the skill might call that the demo lacks
        spotify.stubFor(any(urlPathMatching("/v1/.*")).atPriority(10).willReturn(answeredBy(UNKNOWN)));
        return spotify;
    }

    /**
     * The household of {@code served} as it was when it was first served: the same music on Alex's phone, volumes,
     * queue and library as new, so that what one conversation did (switching to the TV, whose volume Spotify cannot
     * change) is not where the next one starts.
     */
    public static void moveIn(FakeSpotify served) {
        DemoAccount demo = SERVED.get(served);
        if (demo == null) {
            throw new IllegalArgumentException("not a demo account's fake Spotify: start it with DemoAccount.serve");
        }
        demo.moveIn();
    }

    private synchronized void moveIn() {
        accounts.clear();
        deviceNames.forEach((locale, devices) -> {
            Account alex = new Account(new DemoLibrary(devices, today));
            Account sam = new Account(DemoLibrary.sam(devices, today));
            accounts.put(token(locale), alex);
            accounts.put(samToken(locale), sam);
            accounts.putIfAbsent(TOKEN, alex);
            accounts.putIfAbsent(SAM_TOKEN, sam);
        });
    }

    /** Alex's access token in the household of {@code locale}, as Alexa sends it once Alex has linked Spotify. */
    public static String token(String locale) {
        return TOKEN + "." + locale;
    }

    /** Sam's own, in the household of {@code locale} ({@link #SAM_TOKEN}). */
    public static String samToken(String locale) {
        return SAM_TOKEN + "." + locale;
    }

    /** The demo user's Spotify name, as {@code /me} gives it. */
    public static String userName() {
        return DemoLibrary.USER_NAME;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    // ---- endpoints ----

    private Answer playback(Call call, boolean withDevice) {
        if (user.activeDevice == null) {
            return new Answer(204, null);
        }
        if (user.episode != null) {
            return episodePlayback(call, withDevice);
        }
        Track track = user.queue.get(user.position);
        ObjectNode state = JSON.createObjectNode();
        if (withDevice) {
            state.set("device", device(user.activeDevice));
            state.put("repeat_state", user.repeat);
            state.put("shuffle_state", user.shuffle);
        }
        if (user.context == null) {
            // As Spotify reports a song started with "uris": no context at all.
            state.putNull("context");
        } else {
            ObjectNode contextNode = state.putObject("context");
            contextNode.put("type", user.context.type());
            contextNode.put("uri", user.context.uri());
            contextNode.put("href", apiUrl + user.context.path());
            contextNode.putObject("external_urls").put("spotify", "https://open.spotify.com" + user.context.path());
        }
        state.put("timestamp", System.currentTimeMillis());
        state.put("progress_ms", user.progressMs != null ? user.progressMs : Math.min(42_000, track.durationMs() / 3));
        state.put("is_playing", user.playing);
        state.set("item", track(track));
        state.put("currently_playing_type", "track");
        state.putObject("actions").putObject("disallows").put("resuming", user.playing);
        return ok(state);
    }

    /**
     * An episode playing, as Spotify reports it: with {@code additional_types=episode} the episode and its show,
     * without it {@code "item": null}, which looks like nothing playing (issue 35).
     */
    private Answer episodePlayback(Call call, boolean withDevice) {
        ObjectNode state = JSON.createObjectNode();
        if (withDevice) {
            state.set("device", device(user.activeDevice));
            state.put("repeat_state", user.repeat);
            state.put("shuffle_state", user.shuffle);
        }
        state.putNull("context");
        state.put("timestamp", System.currentTimeMillis());
        state.put("progress_ms", user.progressMs != null ? user.progressMs : 0);
        state.put("is_playing", user.playing);
        boolean episodes = call.query("additional_types", "").contains("episode");
        if (episodes) {
            state.set("item", episode(user.episode, user.episodeShow));
        } else {
            state.putNull("item");
        }
        state.put("currently_playing_type", "episode");
        state.putObject("actions").putObject("disallows").put("resuming", user.playing);
        return ok(state);
    }

    private Answer play(Call call) {
        Optional<Device> device = call.queryOptional("device_id").map(this::findDevice);
        if (device.isPresent() && device.get() == null) {
            return error(404, "Device not found", "DEVICE_NOT_FOUND");
        }
        if (device.isEmpty() && user.activeDevice == null) {
            return error(404, "Player command failed: No active device found", "NO_ACTIVE_DEVICE");
        }
        JsonNode body = call.json();
        String contextUri = body.path("context_uri").asText(null);
        if (contextUri != null && contextUri.startsWith("spotify:audiobook:")) {
            Optional<DemoLibrary.Audiobook> book = user.library.audiobooks().stream()
                    .filter(b -> b.uri().equals(contextUri)).findFirst();
            if (book.isEmpty()) {
                return error(404, "Context not found", null);
            }
            List<DemoLibrary.Episode> chapters = book.get().chapters();
            device.ifPresent(chosen -> user.activeDevice = chosen);
            user.episode = chapters.get(Math.max(0, Math.min(body.path("offset").path("position").asInt(0),
                    chapters.size() - 1)));
            user.episodeShow = new DemoLibrary.Show(book.get().id(), book.get().name(), book.get().author(),
                    book.get().name(), "en", chapters);
            user.playing = true;
            user.progressMs = body.has("position_ms") ? body.path("position_ms").asLong() : 0L;
            return new Answer(204, null);
        }
        if (contextUri != null) {
            Optional<Context> started = contextOf(contextUri);
            if (started.isEmpty()) {
                return error(404, "Context not found", null);
            }
            user.context = started.get();
            user.queue = tracksOf(contextUri);
            int offset = body.path("offset").path("position").asInt(0);
            user.position = Math.max(0, Math.min(offset, user.queue.size() - 1));
        } else if (body.path("uris").path(0).asText("").startsWith("spotify:episode:")) {
            String uri = body.path("uris").path(0).asText();
            Optional<DemoLibrary.Show> show = user.library.shows().stream()
                    .filter(s -> s.episodes().stream().anyMatch(e -> e.uri().equals(uri))).findFirst();
            if (show.isEmpty()) {
                return error(404, "Episode not found", null);
            }
            DemoLibrary.Episode episode = show.get().episodes().stream().filter(e -> e.uri().equals(uri))
                    .findFirst().orElseThrow();
            if (!episode.playable()) {
                return error(403, "Player command failed: Restriction violated", "UNKNOWN");
            }
            device.ifPresent(chosen -> user.activeDevice = chosen);
            user.episode = episode;
            user.episodeShow = show.get();
            user.playing = true;
            user.progressMs = body.has("position_ms") ? body.path("position_ms").asLong() : 0L;
            return new Answer(204, null);
        } else if (body.has("uris")) {
            List<Track> songs = new ArrayList<>();
            for (JsonNode uri : body.path("uris")) {
                Optional<Track> song = user.library.tracks().stream()
                        .filter(track -> track.uri().equals(uri.asText())).findFirst();
                if (song.isEmpty()) {
                    return error(404, "Track not found", null);
                }
                songs.add(song.get());
            }
            if (songs.isEmpty()) {
                return error(400, "Missing uris", null);
            }
            user.context = null;
            user.queue = List.copyOf(songs);
            user.position = 0;
        }
        device.ifPresent(chosen -> user.activeDevice = chosen);
        user.episode = null;
        user.playing = true;
        user.progressMs = null;
        return new Answer(204, null);
    }

    /** Where playback of a context URI comes from, if the demo account knows it. */
    private Optional<Context> contextOf(String uri) {
        if (tracksOf(uri).isEmpty()) {
            return Optional.empty();
        }
        String[] parts = uri.split(":");
        return Optional.of(new Context(parts[1], uri, "/" + parts[1] + "s/" + parts[2]));
    }

    /** The songs a playlist, album or artist plays, in order. */
    private List<Track> tracksOf(String uri) {
        Optional<Playlist> playlist = user.library.playlists().stream().filter(p -> p.uri().equals(uri)).findFirst();
        if (playlist.isPresent()) {
            return playlist.get().tracks();
        }
        return user.library.tracks().stream()
                .filter(track -> track.artist().uri().equals(uri) || albumUri(track).equals(uri))
                .toList();
    }

    private static String albumUri(Track track) {
        return "spotify:album:" + DemoLibrary.base62("album/" + track.album());
    }

    private record Context(String type, String uri, String path) {
    }

    /** {@code POST /me/player/queue?uri=…}: the song plays after the current one. */
    private Answer addToQueue(Call call) {
        String uri = call.query("uri");
        if (uri == null || uri.isBlank()) {
            return error(400, "Missing required parameter: uri", null);
        }
        if (user.activeDevice == null) {
            return error(404, "Player command failed: No active device found", "NO_ACTIVE_DEVICE");
        }
        Optional<Track> song = user.library.tracks().stream().filter(track -> track.uri().equals(uri)).findFirst();
        if (song.isEmpty()) {
            return error(404, "Track not found", null);
        }
        List<Track> queue = new ArrayList<>(user.queue);
        queue.add(user.position + 1, song.get());
        user.queue = List.copyOf(queue);
        return new Answer(204, null);
    }

    /** {@code POST /playlists/{id}/items} with {@code {"uris": [...]}}: the songs go to the end of the playlist. */
    private Answer addToPlaylist(Call call) {
        Optional<Playlist> playlist = findPlaylist(call.path("id"));
        if (playlist.isEmpty()) {
            return notFound();
        }
        JsonNode uris = call.json().path("uris");
        if (!uris.isArray() || uris.isEmpty()) {
            return error(400, "Missing required field: uris", null);
        }
        List<Track> songs = new ArrayList<>();
        for (JsonNode uri : uris) {
            Optional<Track> song = user.library.tracks().stream().filter(track -> track.uri().equals(uri.asText())).findFirst();
            if (song.isEmpty()) {
                return error(400, "Invalid base62 id", null);
            }
            songs.add(song.get());
        }
        List<Track> added = user.added.computeIfAbsent(playlist.get().id(), id -> new ArrayList<>());
        added.addAll(songs);
        ObjectNode body = JSON.createObjectNode();
        body.put("snapshot_id", "AAAAC" + added.size() + playlist.get().id());
        return new Answer(201, body);
    }

    /** A playlist's songs: the library's, then those added to it. */
    private List<Track> tracksOf(Playlist playlist) {
        List<Track> all = new ArrayList<>(playlist.tracks());
        all.addAll(user.added.getOrDefault(playlist.id(), List.of()));
        return all;
    }

    private Answer transfer(Call call) {
        JsonNode body = call.json();
        Device device = findDevice(body.path("device_ids").path(0).asText());
        if (device == null) {
            return error(404, "Device not found", "DEVICE_NOT_FOUND");
        }
        user.activeDevice = device;
        if (body.path("play").asBoolean(false)) {
            user.playing = true;
        }
        return new Answer(204, null);
    }

    private Answer whenActive(Runnable command) {
        if (user.activeDevice == null) {
            return error(404, "Player command failed: No active device found", "NO_ACTIVE_DEVICE");
        }
        command.run();
        return new Answer(204, null);
    }

    /**
     * {@code PUT /me/player/volume}: the TV does not let Spotify set its volume ({@code supports_volume: false}),
     * as many TVs don't, and answers 403 VOLUME_CONTROL_DISALLOW.
     */
    private Answer volume(Call call) {
        Optional<Device> device = call.queryOptional("device_id").map(this::findDevice);
        if (device.isPresent() && device.get() == null) {
            return error(404, "Device not found", "DEVICE_NOT_FOUND");
        }
        Device target = device.orElse(user.activeDevice);
        if (target == null) {
            return error(404, "Player command failed: No active device found", "NO_ACTIVE_DEVICE");
        }
        int percent;
        try {
            percent = Integer.parseInt(call.query("volume_percent", ""));
        } catch (NumberFormatException notANumber) {
            return error(400, "Invalid volume_percent", null);
        }
        if (percent < 0 || percent > 100) {
            return error(400, "volume_percent must be a value from 0 to 100 inclusive", null);
        }
        if (!supportsVolume(target)) {
            return error(403, "Player command failed: Cannot control device volume", "VOLUME_CONTROL_DISALLOW");
        }
        user.volumes.put(target, percent);
        return new Answer(204, null);
    }

    /** {@code PUT /me/player/seek}: as Spotify, a position past the song's end starts the next song. */
    private Answer seek(Call call) {
        Optional<Device> device = call.queryOptional("device_id").map(this::findDevice);
        if (device.isPresent() && device.get() == null) {
            return error(404, "Device not found", "DEVICE_NOT_FOUND");
        }
        long position;
        try {
            position = Long.parseLong(call.query("position_ms", ""));
        } catch (NumberFormatException notANumber) {
            return error(400, "Invalid position_ms", null);
        }
        if (position < 0) {
            return error(400, "position_ms must be a positive number", null);
        }
        return whenActive(() -> {
            long duration = user.episode != null ? user.episode.durationMs() : user.queue.get(user.position).durationMs();
            if (position >= duration) {
                skip(1);
            } else {
                user.progressMs = position;
            }
        });
    }

    private Answer repeat(Call call) {
        String state = call.query("state");
        if (!List.of("track", "context", "off").contains(state)) {
            return error(400, "state must be track, context or off", null);
        }
        return whenActive(() -> user.repeat = state);
    }

    /** Liked songs, newest first: those saved in this console session ("save this song"), then the library's. */
    private List<Track> likedSongs() {
        List<Track> saved = new ArrayList<>();
        user.savedUris.forEach(uri -> user.library.tracks().stream().filter(track -> track.uri().equals(uri))
                .findFirst().ifPresent(track -> saved.addFirst(track)));
        user.library.likedSongs().stream().filter(track -> !saved.contains(track)).forEach(saved::add);
        return saved;
    }

    private static boolean supportsVolume(Device device) {
        return !"TV".equals(device.type());
    }

    private void skip(int by) {
        // after an episode started on its own, Spotify goes on with what was queued
        user.episode = null;
        user.position = Math.floorMod(user.position + by, user.queue.size());
        user.playing = true;
        user.progressMs = null;
    }

    private Answer save(Call call) {
        String uris = call.query("uris");
        if (uris == null || uris.isBlank()) {
            return error(400, "Missing required parameter: uris", null);
        }
        user.savedUris.addAll(List.of(uris.split(",")));
        return new Answer(200, null);
    }

    private Answer search(Call call) {
        String q = call.query("q");
        String types = call.query("type");
        if (q == null || types == null) {
            return error(400, "No search query", null);
        }
        int limit = Integer.parseInt(call.query("limit", "5"));
        if (limit < 0 || limit > SEARCH_LIMIT_MAX) {
            return error(400, "Invalid limit", null);
        }
        SearchQuery query = SearchQuery.parse(q);
        ObjectNode result = JSON.createObjectNode();
        for (String type : types.split(",")) {
            switch (type) {
                case "track" -> result.set("tracks", page(call, "/search", user.library.tracks().stream()
                        .filter(t -> query.matches(t.name(), t.artist().name(), t.album())).toList(),
                        this::track, 5, SEARCH_LIMIT_MAX));
                case "artist" -> result.set("artists", page(call, "/search", user.library.tracks().stream()
                        .map(Track::artist).distinct().filter(a -> query.matches(null, a.name(), null)).toList(),
                        this::artist, 5, SEARCH_LIMIT_MAX));
                case "playlist" -> result.set("playlists", page(call, "/search", user.library.playlists().stream()
                        .filter(p -> query.matches(p.name() + " " + p.description(), null, null)).toList(),
                        this::playlist, 5, SEARCH_LIMIT_MAX));
                case "album" -> result.set("albums", page(call, "/search", user.library.tracks().stream()
                        .filter(t -> query.matches(t.album(), t.artist().name(), t.album()))
                        .filter(distinctBy(DemoAccount::albumUri)).toList(),
                        this::album, 5, SEARCH_LIMIT_MAX));
                case "show" -> result.set("shows", page(call, "/search", user.library.shows().stream()
                        .filter(show -> query.matches(show.name() + " " + show.publisher(), null, null)).toList(),
                        show -> show(show), 5, SEARCH_LIMIT_MAX));
                case "audiobook" -> result.set("audiobooks", page(call, "/search", user.library.audiobooks().stream()
                        .filter(book -> query.matches(book.name() + " " + book.author(), null, null)).toList(),
                        this::audiobook, 5, SEARCH_LIMIT_MAX));
                case "episode" -> result.set("episodes", page(call, "/search", user.library.shows().stream()
                        .flatMap(show -> show.episodes().stream()).filter(e -> query.matches(e.name(), null, null))
                        .toList(), episode -> episode(episode, null), 5, SEARCH_LIMIT_MAX));
                default -> {
                    // anything else is not part of the demo catalogue: an empty page, as for no hits
                    result.set(type + "s", page(call, "/search", List.of(), this::playlist, 5, SEARCH_LIMIT_MAX));
                }
            }
        }
        return ok(result);
    }

    /**
     * Enough of Spotify's query syntax for the demo: free words (each must occur in the name, artist or album) and
     * the field filters {@code artist:}, {@code track:}, {@code album:}, with a quoted phrase or one word.
     */
    private record SearchQuery(List<String> words, Map<String, String> filters) {

        private static final Pattern FILTER = Pattern.compile("(artist|track|album):(?:\"([^\"]*)\"|(\\S+))");

        static SearchQuery parse(String q) {
            Map<String, String> filters = new HashMap<>();
            Matcher filter = FILTER.matcher(q.toLowerCase(Locale.ROOT));
            StringBuilder rest = new StringBuilder();
            while (filter.find()) {
                filters.put(filter.group(1), filter.group(2) != null ? filter.group(2) : filter.group(3));
                filter.appendReplacement(rest, " ");
            }
            filter.appendTail(rest);
            List<String> words = List.of(rest.toString().replace("\"", " ").strip().split("\\s+")).stream()
                    .filter(word -> !word.isEmpty()).toList();
            return new SearchQuery(words, filters);
        }

        /** {@code name}, {@code artist} or {@code album} may be null where the kind of result has none. */
        boolean matches(String name, String artist, String album) {
            String all = Stream.of(name, artist, album).filter(Objects::nonNull).collect(Collectors.joining(" "))
                    .toLowerCase(Locale.ROOT);
            return words.stream().allMatch(all::contains)
                    && contains(artist, filters.get("artist"))
                    && contains(name, filters.get("track"))
                    && contains(album, filters.get("album"));
        }

        private static boolean contains(String field, String wanted) {
            return wanted == null || field != null && field.toLowerCase(Locale.ROOT).contains(wanted);
        }
    }

    // ---- JSON shapes ----

    private ObjectNode me() {
        ObjectNode me = JSON.createObjectNode();
        me.put("display_name", user.library.userName());
        me.putObject("external_urls").put("spotify", "https://open.spotify.com/user/" + user.library.userId());
        me.putObject("followers").putNull("href").put("total", 12);
        me.put("href", apiUrl + "/users/" + user.library.userId());
        me.put("id", user.library.userId());
        me.set("images", images("user-" + user.library.userId(), 64));
        me.put("type", "user");
        me.put("uri", "spotify:user:" + user.library.userId());
        return me;
    }

    private ObjectNode playlist(Playlist playlist) {
        ObjectNode node = JSON.createObjectNode();
        node.put("collaborative", false);
        node.put("description", playlist.description());
        node.putObject("external_urls").put("spotify", "https://open.spotify.com/playlist/" + playlist.id());
        node.put("href", apiUrl + "/playlists/" + playlist.id());
        node.put("id", playlist.id());
        node.set("images", images("playlist-" + playlist.id(), 640));
        node.put("name", playlist.name());
        ObjectNode owner = node.putObject("owner");
        owner.put("display_name", user.library.userName());
        owner.put("id", user.library.userId());
        owner.put("type", "user");
        owner.put("uri", "spotify:user:" + user.library.userId());
        node.put("public", false);
        node.put("snapshot_id", "AAAAB" + playlist.id());
        ObjectNode items = node.putObject("items");
        items.put("href", apiUrl + "/playlists/" + playlist.id() + "/items");
        items.put("total", tracksOf(playlist).size());
        node.put("type", "playlist");
        node.put("uri", playlist.uri());
        return node;
    }

    private ObjectNode fullPlaylist(Playlist playlist) {
        ObjectNode node = playlist(playlist);
        node.putObject("followers").putNull("href").put("total", 0);
        node.set("items", page(null, "/playlists/" + playlist.id() + "/items",
                tracksOf(playlist), this::playlistItem, 100, 100));
        return node;
    }

    private ObjectNode playlistItem(Track track) {
        ObjectNode entry = JSON.createObjectNode();
        entry.put("added_at", "2026-03-14T09:26:53Z");
        ObjectNode addedBy = entry.putObject("added_by");
        addedBy.put("id", user.library.userId());
        addedBy.put("type", "user");
        addedBy.put("uri", "spotify:user:" + user.library.userId());
        entry.put("is_local", false);
        entry.set("item", track(track));
        return entry;
    }

    /** A liked song as {@code GET /me/tracks} lists it (SavedTrackObject): saved a day apart, newest first. */
    private ObjectNode savedTrack(Track track) {
        ObjectNode saved = JSON.createObjectNode();
        int age = likedSongs().indexOf(track);
        saved.put("added_at", Instant.parse("2026-11-30T18:00:00Z")
                .minus(Duration.ofDays(Math.max(0, age))).toString());
        saved.set("track", track(track));
        return saved;
    }

    private static <T> Predicate<T> distinctBy(Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        return item -> seen.add(key.apply(item));
    }

    /** The album a track is on, as a search result (SimplifiedAlbumObject). */
    private ObjectNode album(Track track) {
        return (ObjectNode) track(track).get("album");
    }

    private ObjectNode track(Track track) {
        ObjectNode node = JSON.createObjectNode();
        ObjectNode album = node.putObject("album");
        String albumId = DemoLibrary.base62("album/" + track.album());
        album.put("album_type", "album");
        album.put("total_tracks", 12);
        // required by Spotify's description (issue 25: DemoAccountContractTest)
        album.putObject("external_urls").put("spotify", "https://open.spotify.com/album/" + albumId);
        album.put("href", apiUrl + "/albums/" + albumId);
        album.put("id", albumId);
        album.set("images", images("album-" + albumId, 640));
        album.put("name", track.album());
        album.put("release_date", "2019-11-29");
        album.put("release_date_precision", "day");
        album.put("type", "album");
        album.put("uri", "spotify:album:" + albumId);
        album.putArray("artists").add(simplifiedArtist(track.artist()));
        node.putArray("artists").add(simplifiedArtist(track.artist()));
        node.put("disc_number", 1);
        node.put("duration_ms", track.durationMs());
        node.put("explicit", false);
        node.putObject("external_urls").put("spotify", "https://open.spotify.com/track/" + track.id());
        node.put("href", apiUrl + "/tracks/" + track.id());
        node.put("id", track.id());
        node.put("is_playable", true);
        node.put("name", track.name());
        node.put("popularity", 70);
        node.put("track_number", 1);
        node.put("type", "track");
        node.put("uri", track.uri());
        node.put("is_local", false);
        return node;
    }

    /** A show as search results and the library list it (SimplifiedShowObject). */
    private ObjectNode show(DemoLibrary.Show show) {
        ObjectNode node = JSON.createObjectNode();
        node.putArray("available_markets").add("DE").add("GB").add("US");
        node.putArray("copyrights");
        node.put("description", show.description());
        node.put("html_description", "<p>" + show.description() + "</p>");
        node.put("explicit", false);
        node.putObject("external_urls").put("spotify", "https://open.spotify.com/show/" + show.id());
        node.put("href", apiUrl + "/shows/" + show.id());
        node.put("id", show.id());
        node.set("images", images("show-" + show.id(), 640));
        node.put("is_externally_hosted", false);
        node.putArray("languages").add(show.language());
        node.put("media_type", "audio");
        node.put("name", show.name());
        node.put("publisher", show.publisher());
        node.put("total_episodes", show.episodes().size());
        node.put("type", "show");
        node.put("uri", show.uri());
        return node;
    }

    /**
     * An episode as a show's page lists it (SimplifiedEpisodeObject), with its show where Spotify adds it
     * (EpisodeObject: the player, saved episodes); Alex's resume point, pictures only where it has its own.
     */
    private ObjectNode episode(DemoLibrary.Episode episode, DemoLibrary.Show show) {
        ObjectNode node = JSON.createObjectNode();
        node.putNull("audio_preview_url");
        node.put("description", episode.name());
        node.put("html_description", "<p>" + episode.name() + "</p>");
        node.put("duration_ms", episode.durationMs());
        node.put("explicit", episode.explicit());
        node.putObject("external_urls").put("spotify", "https://open.spotify.com/episode/" + episode.id());
        node.put("href", apiUrl + "/episodes/" + episode.id());
        node.put("id", episode.id());
        node.set("images", episode.pictured() ? images("episode-" + episode.id(), 640) : JSON.createArrayNode());
        node.put("is_externally_hosted", false);
        node.put("is_playable", episode.playable());
        node.putArray("languages").add("en");
        node.put("name", episode.name());
        node.put("release_date", episode.releaseDate());
        node.put("release_date_precision", episode.precision());
        node.putObject("resume_point").put("fully_played", episode.fullyPlayed())
                .put("resume_position_ms", episode.resumeMs());
        node.put("type", "episode");
        node.put("uri", episode.uri());
        if (show != null) {
            node.set("show", show(show));
        }
        return node;
    }

    /** A followed show as {@code GET /me/shows} lists it (SavedShowObject). */
    private ObjectNode savedShow(DemoLibrary.Show show) {
        ObjectNode saved = JSON.createObjectNode();
        saved.put("added_at", "2026-09-01T07:30:00Z");
        saved.set("show", show(show));
        return saved;
    }

    /** A saved episode as {@code GET /me/episodes} lists it (SavedEpisodeObject), with its show. */
    private ObjectNode savedEpisode(DemoLibrary.Episode episode) {
        ObjectNode saved = JSON.createObjectNode();
        saved.put("added_at", "2026-11-28T21:00:00Z");
        saved.set("episode", episode(episode, user.library.showOf(episode)));
        return saved;
    }

    /** An audiobook as search results list it (SimplifiedAudiobookObject). */
    private ObjectNode audiobook(DemoLibrary.Audiobook book) {
        ObjectNode node = JSON.createObjectNode();
        node.putArray("authors").addObject().put("name", book.author());
        node.putArray("available_markets").add("GB").add("US");
        node.putArray("copyrights");
        node.put("description", book.name());
        node.put("html_description", "<p>" + book.name() + "</p>");
        node.put("edition", "Unabridged");
        node.put("explicit", false);
        node.putObject("external_urls").put("spotify", "https://open.spotify.com/show/" + book.id());
        node.put("href", apiUrl + "/audiobooks/" + book.id());
        node.put("id", book.id());
        node.set("images", images("audiobook-" + book.id(), 640));
        node.putArray("languages").add("en");
        node.put("media_type", "audio");
        node.put("name", book.name());
        node.putArray("narrators").addObject().put("name", book.narrator());
        node.put("publisher", "Audible Studios");
        node.put("total_chapters", book.chapters().size());
        node.put("type", "audiobook");
        node.put("uri", book.uri());
        return node;
    }

    /** An audiobook in Alex's library (SavedAudiobookObject: the full AudiobookObject, with its chapters). */
    private ObjectNode savedAudiobook(DemoLibrary.Audiobook book) {
        ObjectNode saved = JSON.createObjectNode();
        saved.put("added_at", "2026-11-20T19:12:00Z");
        ObjectNode full = audiobook(book);
        full.set("chapters", page(null, "/audiobooks/" + book.id() + "/chapters", book.chapters(),
                chapter -> chapter(book, chapter), 50, 50));
        saved.set("audiobook", full);
        return saved;
    }

    /** A chapter (SimplifiedChapterObject) with Alex's resume point. */
    private ObjectNode chapter(DemoLibrary.Audiobook book, DemoLibrary.Episode chapter) {
        ObjectNode node = episode(chapter, null);
        node.put("chapter_number", book.chapters().indexOf(chapter));
        // the description's ChapterObject says type "episode", as Spotify plays chapters
        node.remove("is_externally_hosted");
        return node;
    }

    private Optional<DemoLibrary.Show> findShow(String id) {
        return user.library.shows().stream().filter(show -> show.id().equals(id)).findFirst();
    }

    private ObjectNode simplifiedArtist(Artist artist) {
        ObjectNode node = JSON.createObjectNode();
        node.putObject("external_urls").put("spotify", "https://open.spotify.com/artist/" + artist.id());
        node.put("href", apiUrl + "/artists/" + artist.id());
        node.put("id", artist.id());
        node.put("name", artist.name());
        node.put("type", "artist");
        node.put("uri", artist.uri());
        return node;
    }

    private ObjectNode artist(Artist artist) {
        ObjectNode node = simplifiedArtist(artist);
        node.putObject("followers").putNull("href").put("total", artist.followers());
        ArrayNode genres = node.putArray("genres");
        artist.genres().forEach(genres::add);
        node.set("images", images("artist-" + artist.id(), 640));
        node.put("popularity", artist.popularity());
        return node;
    }

    private ObjectNode devices() {
        ObjectNode node = JSON.createObjectNode();
        ArrayNode devices = node.putArray("devices");
        user.library.devices().forEach(device -> devices.add(device(device)));
        return node;
    }

    private ObjectNode device(Device device) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", device.id());
        node.put("is_active", device == user.activeDevice);
        node.put("is_private_session", false);
        node.put("is_restricted", false);
        node.put("name", device.name());
        node.put("type", device.type());
        if (supportsVolume(device)) {
            node.put("volume_percent", user.volumes.getOrDefault(device, device.volumePercent()));
        } else {
            node.putNull("volume_percent");
        }
        node.put("supports_volume", supportsVolume(device));
        return node;
    }

    private static ArrayNode images(String key, int size) {
        ArrayNode images = JSON.createArrayNode();
        images.addObject().put("url", "https://i.scdn.co/image/ab67616d0000b273" + DemoLibrary.base62(key))
                .put("height", size).put("width", size);
        return images;
    }

    private <T> ObjectNode page(Call call, String path, List<T> all, Function<T, ObjectNode> render,
            int defaultLimit, int maxLimit) {
        // a playlist's own page of entries comes without a query of its own
        int limit = Math.max(1, Math.min(maxLimit, Integer.parseInt(call == null ? "" + defaultLimit
                : call.query("limit", "" + defaultLimit))));
        int offset = call == null ? 0 : Math.max(0, Integer.parseInt(call.query("offset", "0")));
        ObjectNode page = JSON.createObjectNode();
        page.put("href", apiUrl + path + "?offset=" + offset + "&limit=" + limit);
        page.put("limit", limit);
        if (offset + limit < all.size()) {
            page.put("next", apiUrl + path + "?offset=" + (offset + limit) + "&limit=" + limit);
        } else {
            page.putNull("next");
        }
        page.put("offset", offset);
        if (offset > 0) {
            page.put("previous", apiUrl + path + "?offset=" + Math.max(0, offset - limit) + "&limit=" + limit);
        } else {
            page.putNull("previous");
        }
        page.put("total", all.size());
        ArrayNode items = page.putArray("items");
        all.stream().skip(offset).limit(limit).map(render).forEach(items::add);
        return page;
    }

    // ---- plumbing ----

    private Optional<Playlist> findPlaylist(String id) {
        return user.library.playlists().stream().filter(playlist -> playlist.id().equals(id)).findFirst();
    }

    private Device findDevice(String id) {
        return user.library.devices().stream().filter(device -> device.id().equals(id)).findFirst().orElse(null);
    }

    private Answer notFound() {
        return error(404, "Resource not found", null);
    }

    private static Answer ok(JsonNode body) {
        return new Answer(200, body);
    }

    private static Answer error(int status, String message, String reason) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("status", status);
        error.put("message", message);
        if (reason != null) {
            error.put("reason", reason);
        }
        return new Answer(status, body);
    }

    /** The requests the demo account answers, as "METHOD /path/{template}" (without {@code /v1}). */
    static Set<String> endpoints() {
        return Set.copyOf(new DemoAccount(List.of("en-US"), LocalDate.of(2026, 12, 7))
                .endpoints.keySet());
    }

    private void get(String path, Function<Call, Answer> handler) {
        endpoint("GET", path, handler);
    }

    private void put(String path, Function<Call, Answer> handler) {
        endpoint("PUT", path, handler);
    }

    private void post(String path, Function<Call, Answer> handler) {
        endpoint("POST", path, handler);
    }

    private void endpoint(String method, String path, Function<Call, Answer> handler) {
        endpoints.put(method + " " + path, new Endpoint(method,
                new PathTemplate("/v1" + path), handler));
    }

    private static ResponseDefinitionBuilder answeredBy(String endpoint) {
        return aResponse().withTransformers(NAME).withTransformerParameter(ENDPOINT, endpoint);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Answer answer;
        try {
            answer = answer(event.getRequest(), event.getTransformerParameters().getString(ENDPOINT));
        } catch (RuntimeException e) {
            answer = error(500, "Server error: " + e, null);
        }
        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition().withStatus(answer.status());
        if (answer.body() != null) {
            response.withHeader("Content-Type", "application/json; charset=utf-8")
                    .withBody(answer.body().toString().getBytes(StandardCharsets.UTF_8));
        }
        return response.build();
    }

    private synchronized Answer answer(Request request, String endpointName) {
        String authorization = request.getHeader("Authorization");
        Optional<Account> caller = authorization == null || !authorization.startsWith("Bearer ")
                ? Optional.empty()
                : account(authorization.substring("Bearer ".length()));
        if (caller.isEmpty()) {
            return error(401, authorization == null ? "No token provided" : "Invalid access token", null);
        }
        user = caller.get();
        URI url = URI.create(request.getAbsoluteUrl());
        apiUrl = url.getScheme() + "://" + url.getRawAuthority() + "/v1";
        Endpoint endpoint = endpoints.get(endpointName);
        if (endpoint == null) {
            return error(404, "Service not found", null);
        }
        JsonNode body = request.getBody().length == 0 ? JSON.createObjectNode() : readTree(request.getBody());
        return endpoint.handler().apply(new Call(request, endpoint.template().parse(url.getRawPath()), body));
    }

    /** Sam's token is Sam's Spotify; Alex's and the app's (catalogue only) are Alex's. */
    private Optional<Account> account(String token) {
        if (accounts.containsKey(token)) {
            return Optional.of(accounts.get(token));
        }
        return isAppToken(token) ? Optional.of(accounts.get(TOKEN)) : Optional.empty();
    }

    /** A token the fake's accounts service issued to the skill's app: it names the app's client as its subject. */
    private static boolean isAppToken(String token) {
        try {
            return FakeSpotify.CLIENT_ID.equals(JWTParser.parse(token).getJWTClaimsSet().getSubject());
        } catch (ParseException notAJwt) {
            return false;
        }
    }

    private static JsonNode readTree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Endpoint(String method, PathTemplate template, Function<Call, Answer> handler) {
    }

    private record Answer(int status, JsonNode body) {
    }

    /** A request to one endpoint: its path's variables, query and JSON body. */
    private record Call(Request request, Map<String, String> pathParameters, JsonNode json) {

        String path(String name) {
            return pathParameters.get(name);
        }

        String query(String name) {
            QueryParameter parameter = request.queryParameter(name);
            return parameter.isPresent() ? parameter.firstValue() : null;
        }

        String query(String name, String fallback) {
            return Optional.ofNullable(query(name)).orElse(fallback);
        }

        Optional<String> queryOptional(String name) {
            return Optional.ofNullable(query(name));
        }
    }
}
