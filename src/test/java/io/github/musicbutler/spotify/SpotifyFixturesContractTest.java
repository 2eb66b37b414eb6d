package io.github.musicbutler.spotify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.SpotifyContract;

/**
 * Every Spotify answer in {@code src/test/resources/spotify/} is one Spotify could send: it validates against the
 * response schema of the operation and status it stands for in Spotify's published description (with the
 * differences recorded in {@link SpotifyContract#KNOWN_DIFFERENCES}, and nowhere else).
 */
class SpotifyFixturesContractTest {

    /** Each fixture, with the answer it is: "METHOD /v1/path STATUS". A new fixture must be added here. */
    static final Map<String, String> FIXTURES = Map.ofEntries(
            Map.entry("currently-playing.json", "GET /v1/me/player/currently-playing 200"),
            Map.entry("currently-playing-episode.json", "GET /v1/me/player/currently-playing 200"),
            Map.entry("devices-none.json", "GET /v1/me/player/devices 200"),
            Map.entry("devices-playing.json", "GET /v1/me/player/devices 200"),
            Map.entry("devices.json", "GET /v1/me/player/devices 200"),
            Map.entry("error-401.json", "GET /v1/me/player 401"),
            Map.entry("error-429.json", "GET /v1/me/player 429"),
            Map.entry("error-503.json", "GET /v1/me/player/devices 503"),
            Map.entry("error-no-active-device.json", "PUT /v1/me/player/play 404"),
            Map.entry("error-not-found.json", "GET /v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items 404"),
            Map.entry("error-playlist-not-yours.json", "POST /v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items 403"),
            Map.entry("error-premium-required.json", "PUT /v1/me/player/play 403"),
            Map.entry("error-volume-control-disallowed.json", "PUT /v1/me/player/volume 403"),
            Map.entry("liked-songs-empty.json", "GET /v1/me/tracks 200"),
            Map.entry("liked-songs.json", "GET /v1/me/tracks 200"),
            Map.entry("error-restricted.json", "PUT /v1/me/player/play 403"),
            Map.entry("me-sam.json", "GET /v1/me 200"),
            Map.entry("me.json", "GET /v1/me 200"),
            Map.entry("my-playlists-sam.json", "GET /v1/me/playlists 200"),
            Map.entry("my-playlists.json", "GET /v1/me/playlists 200"),
            Map.entry("my-playlists-shared.json", "GET /v1/me/playlists 200"),
            Map.entry("player.json", "GET /v1/me/player 200"),
            Map.entry("player-tv.json", "GET /v1/me/player 200"),
            Map.entry("player-episode.json", "GET /v1/me/player 200"),
            Map.entry("playlist-items.json", "GET /v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items 200"),
            Map.entry("playlist-snapshot.json", "POST /v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items 201"),
            Map.entry("search-album-random-access-memories.json", "GET /v1/search 200"),
            Map.entry("search-anything.json", "GET /v1/search 200"),
            Map.entry("search-artist-adele.json", "GET /v1/search 200"),
            Map.entry("search-nothing.json", "GET /v1/search 200"),
            Map.entry("search-play-bohemian-rhapsody.json", "GET /v1/search 200"),
            Map.entry("search-play-daft-punk.json", "GET /v1/search 200"),
            Map.entry("search-play-higher.json", "GET /v1/search 200"),
            Map.entry("search-play-life-on-mars.json", "GET /v1/search 200"),
            Map.entry("search-play-tanz-auf-dem-vulkan.json", "GET /v1/search 200"),
            Map.entry("search-playlists.json", "GET /v1/search 200"),
            Map.entry("search-song-bohemian-rhapsody-by-queen.json", "GET /v1/search 200"),
            Map.entry("search-songs-by.json", "GET /v1/search 200"),
            Map.entry("search-shows-the-daily.json", "GET /v1/search 200"),
            Map.entry("search-shows-hardcore-history.json", "GET /v1/search 200"),
            Map.entry("search-shows-nothing.json", "GET /v1/search 200"),
            Map.entry("show-episodes-the-daily.json", "GET /v1/shows/3IM0lmZxpFAY7CwMuv9H4g/episodes 200"),
            Map.entry("show-episodes-hardcore-history.json", "GET /v1/shows/72qiPaoDRf8HkGKEChvG5q/episodes 200"),
            Map.entry("saved-episodes.json", "GET /v1/me/episodes 200"),
            Map.entry("saved-audiobooks.json", "GET /v1/me/audiobooks 200"),
            Map.entry("saved-audiobooks-none.json", "GET /v1/me/audiobooks 200"),
            Map.entry("audiobook-chapters.json", "GET /v1/audiobooks/7iHfbu1YPACw6oZPAFJtqe/chapters 200"),
            Map.entry("search-audiobooks-project-hail-mary.json", "GET /v1/search 200"),
            Map.entry("search-audiobooks-none.json", "GET /v1/search 200"),
            Map.entry("saved-episodes-none.json", "GET /v1/me/episodes 200"),
            Map.entry("followed-shows.json", "GET /v1/me/shows 200"),
            Map.entry("followed-shows-none.json", "GET /v1/me/shows 200"),
            Map.entry("show-episodes-none.json", "GET /v1/shows/3IM0lmZxpFAY7CwMuv9H4g/episodes 200"),
            Map.entry("top-artists.json", "GET /v1/me/top/artists 200"),
            Map.entry("top-tracks.json", "GET /v1/me/top/tracks 200"));

    @Test
    void everyFixtureSaysWhichAnswerItIs() throws IOException, URISyntaxException {
        Path folder = Path.of(getClass().getResource("/spotify/me.json").toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(new TreeSet<>(FIXTURES.keySet()),
                    files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new)),
                    "every file in src/test/resources/spotify/ is listed in FIXTURES with the answer it stands for");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureConformsToTheDescription() {
        return FIXTURES.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(fixture -> DynamicTest.dynamicTest(
                fixture.getKey(), () -> {
                    String[] answer = fixture.getValue().split(" ");
                    List<String> errors = SpotifyContract.get().checkResponse(answer[0], answer[1],
                            Integer.parseInt(answer[2]), FakeSpotify.fixture(fixture.getKey()));
                    assertTrue(errors.isEmpty(), () -> "spotify/" + fixture.getKey() + " as the answer to "
                            + fixture.getValue() + " breaks Spotify's description:\n  "
                            + String.join("\n  ", errors));
                }));
    }

    /**
     * No exception is kept that nothing needs: without each known difference (but the validator's own), some answer
     * of ours that Spotify really gives breaks the description.
     */
    @Test
    void eachKnownDifferenceIsNeededByAnAnswerSpotifyGives() {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        FIXTURES.forEach((name, answer) -> answers.put(answer + " " + name, FakeSpotify.fixture(name)));
        // what only the demo account and the generated answers show
        answers.put("GET /v1/me/player/currently-playing 204 (nothing playing)", null);
        answers.put("GET /v1/search 200 (a withheld playlist)",
                "{\"playlists\":{\"href\":\"h\",\"limit\":1,\"next\":null,\"offset\":0,\"previous\":null,"
                        + "\"total\":1,\"items\":[null]}}");
        answers.put("GET /v1/me/player 200 (songs started without a context)",
                "{\"is_playing\":true,\"context\":null,\"item\":null,\"progress_ms\":null}");
        List<String> unneeded = new ArrayList<>();
        for (SpotifyContract.KnownDifference difference : SpotifyContract.KNOWN_DIFFERENCES.subList(1,
                SpotifyContract.KNOWN_DIFFERENCES.size())) {
            SpotifyContract without = SpotifyContract.without(difference.name());
            boolean needed = answers.entrySet().stream().anyMatch(answer -> {
                String[] parts = answer.getKey().split(" ");
                return !without.checkResponse(parts[0], parts[1], Integer.parseInt(parts[2]), answer.getValue())
                        .isEmpty();
            });
            if (!needed) {
                unneeded.add(difference.name());
            }
        }
        assertEquals(List.of(), unneeded, "known differences no answer needs: remove them from "
                + "SpotifyContract.KNOWN_DIFFERENCES, or add the answer that shows them");
    }

    @Test
    void eachKnownDifferenceHasAReason() {
        List<String> unexplained = new ArrayList<>();
        SpotifyContract.KNOWN_DIFFERENCES.stream().filter(d -> d.reason().length() < 40).forEach(d -> unexplained.add(d.name()));
        assertEquals(List.of(), unexplained);
    }
}
