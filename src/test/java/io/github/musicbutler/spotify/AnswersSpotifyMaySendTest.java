package io.github.musicbutler.spotify;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.SpotifyContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Answers Spotify may send by its published description, which {@link AnyValidAnswerTest} generated and the skill
 * did not survive, shrunk and written down as ordinary tests (issue 25). Each answer is one of our fixtures with
 * the one difference that mattered, and is checked to be valid by the description first.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class AnswersSpotifyMaySendTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    FakeSpotify spotify;

    @Test
    void controlCharactersInAnArtistsNameKeepTheAnswerWellFormedSsml() {
        serve("/me/top/tracks", "top-tracks.json", top -> ((ObjectNode) top.withArray("items").get(0)
                .withArray("artists").get(0)).put("name", "bell\u0007"));

        ask(AlexaRequest.intent("TopTracksIntent"))
                .body("response.outputSpeech.ssml", containsString("Titanium by bell "));
    }

    @Test
    void aDeviceWithoutANameIsLeftOutOfTheDeviceList() {
        serve("/me/player/devices", "devices-playing.json", devices -> ((ObjectNode) devices.withArray("devices")
                .get(0)).remove("name"));

        ask(AlexaRequest.intent("ListDevicesIntent"))
                .body("response.outputSpeech.ssml", containsString("You have 2 Spotify devices: Anna&apos;s iPhone and"))
                .body("response.outputSpeech.ssml", not(containsString("null")));
    }

    @Test
    void theWelcomeSaysTheMusicPlaysOnADeviceWithoutANameInsteadOfFailing() {
        serve("/me", "me.json", me -> { });
        serve("/me/player", "player.json", player -> ((ObjectNode) player.get("device")).remove("name"));

        ask(AlexaRequest.launch())
                .body("response.outputSpeech.ssml", containsString("on a device without a name."));
    }

    @Test
    void aProfileWithoutADisplayNameIsWelcomedWithoutAName() {
        serve("/me", "me.json", me -> me.remove("display_name"));
        serve("/me/player", "player.json", player -> { });

        ask(AlexaRequest.launch())
                .body("response.outputSpeech.ssml", containsString("<speak>Welcome to Music Butler! "));
    }

    @Test
    void whatsPlayingFromAPlaylistContextWithoutItsUriNamesTheAlbumInstead() {
        serve("/me/player/currently-playing", "currently-playing.json", playing -> {
            ObjectNode context = (ObjectNode) playing.get("context");
            context.remove(List.of("uri", "href", "external_urls"));
        });

        ask(AlexaRequest.intent("WhatsPlayingIntent"))
                .body("response.outputSpeech.ssml", containsString("It's from the album Random Access Memories."));
    }

    @Test
    void aSongWithoutATitleIsNotSpokenAsNull() {
        serve("/me/playlists", "my-playlists.json", page -> { });
        serve("/me/player/currently-playing", "currently-playing.json", playing -> ((ObjectNode) playing.get("item"))
                .remove("name"));

        ask(AlexaRequest.intent("WhatsPlayingIntent"))
                .body("response.outputSpeech.ssml", containsString("This is something without a title by Daft Punk"));
    }

    @Test
    void aSongWhoseArtistsHaveNoNamesIsByAnUnknownArtistNotByNothing() {
        serve("/me/playlists", "my-playlists.json", page -> { });
        serve("/me/player/currently-playing", "currently-playing.json", playing -> {
            for (var artist : (ArrayNode) playing.get("item").get("artists")) {
                ((ObjectNode) artist).remove("name");
            }
        });

        ask(AlexaRequest.intent("WhatsPlayingIntent"))
                .body("response.outputSpeech.ssml", containsString("This is Get Lucky by an unknown artist."))
                .body("response.outputSpeech.ssml", not(containsString("null")));
    }

    @Test
    void aFirstPageOfPlaylistsWithoutEntriesThoughItCountsOneSaysThereAreNone() {
        serve("/me/playlists", "my-playlists.json", page -> {
            page.put("total", 1);
            page.putArray("items");
            page.putNull("next");
        });

        ask(AlexaRequest.intent("ListPlaylistsIntent"))
                .body("response.outputSpeech.ssml", not(containsString("something went wrong")))
                .body("response.shouldEndSession", org.hamcrest.Matchers.is(true));
    }

    @Test
    void aSongWithABlankUriIsNotSavedWithAnEmptyUriList() {
        serve("/me/player/currently-playing", "currently-playing.json", playing -> ((ObjectNode) playing.get("item"))
                .put("uri", " "));

        ask(AlexaRequest.intent("SaveCurrentTrackIntent"))
                .body("response.outputSpeech.ssml", containsString("nothing to save"));
        spotify.verify(0, com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor(urlPathEqualTo("/v1/me/library")));
    }

    @Test
    void aSavedEpisodeWithoutItsEpisodeIsLeftOutOfContinueMyPodcast() {
        serve("/me/episodes", "saved-episodes.json", saved -> ((ObjectNode) saved.withArray("items").get(0))
                .remove("episode"));
        serve("/me/shows", "followed-shows-none.json", followed -> { });

        ask(AlexaRequest.intent("ContinuePodcastIntent"))
                .body("response.outputSpeech.ssml", containsString("no episode you started and didn"));
    }

    @Test
    void aFollowedShowWithABlankIdIsNotAskedForItsEpisodes() {
        serve("/me/shows", "followed-shows.json", followed -> ((ObjectNode) followed.withArray("items").get(0)
                .get("show")).put("id", " "));

        ask(AlexaRequest.intent("NewEpisodesIntent"))
                .body("response.outputSpeech.ssml", containsString("You don't follow any podcasts yet."));
        spotify.verify(0, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/v1/shows/.*")));
    }

    /** Serves the fixture with one change, after checking that the changed answer is valid by the description. */
    private void serve(String path, String fixture, Consumer<ObjectNode> change) {
        ObjectNode answer;
        try {
            answer = (ObjectNode) JSON.readTree(FakeSpotify.fixture(fixture));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        change.accept(answer);
        assertEquals(List.of(), SpotifyContract.get().checkResponse("GET", "/v1" + path, 200, answer.toString()),
                "the test's answer must be one Spotify may send");
        spotify.stubFor(get(urlPathEqualTo("/v1" + path)).willReturn(okJson(answer.toString())));
    }
}
