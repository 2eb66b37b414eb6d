package io.github.musicbutler.player;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.SpotifyContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * While a podcast episode plays (issue 35, point 4): "what's playing" names the episode, its show and when it came
 * out, which Spotify reports only when asked for {@code additional_types=episode} (otherwise the item is null and it
 * looks like nothing playing); the jumps work within the episode; "play it faster" gets the honest answer that the
 * Web API has no playback speed.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class EpisodePlayingTest {

    private static final String CURRENTLY_PLAYING = "/v1/me/player/currently-playing";
    private static final String PLAYER = "/v1/me/player";
    private static final String SEEK = "/v1/me/player/seek";
    private static final ObjectMapper JSON = new ObjectMapper();

    FakeSpotify spotify;

    @Test
    void whatsPlayingNamesTheEpisodeItsShowAndItsDay() {
        spotify.stubFor(get(urlPathEqualTo(CURRENTLY_PLAYING)).willReturn(json("currently-playing-episode.json")));

        ask(AlexaRequest.intent("WhatsPlayingIntent"))
                .body("response.outputSpeech.ssml", is("<speak>This is The Year in Climate, an episode of The Daily "
                        + "from December 4, 2026.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(getRequestedFor(urlPathEqualTo(CURRENTLY_PLAYING))
                .withQueryParam("additional_types", equalTo("episode")));
    }

    @Test
    void onAScreenTheEpisodeIsShownWithItsShowItsDayAndWhereItPlays() {
        spotify.stubFor(get(urlPathEqualTo(PLAYER)).willReturn(json("player-episode.json")));
        String render = "response.directives.find { it.type == 'Alexa.Presentation.APL.RenderDocument' }";

        ask(AlexaRequest.intent("WhatsPlayingIntent").onScreen())
                .body("response.outputSpeech.ssml", is("<speak>This is The Year in Climate, an episode of The Daily "
                        + "from December 4, 2026.</speak>"))
                .body(render + ".datasources.screen.title", is("The Year in Climate"))
                .body(render + ".datasources.screen.byline", is("The Daily"))
                .body(render + ".datasources.screen.from", is("from December 4, 2026"))
                .body(render + ".datasources.screen.device", is("Kitchen Speaker"));

        spotify.verify(getRequestedFor(urlPathEqualTo(PLAYER)).withQueryParam("additional_types", equalTo("episode")));
    }

    @Test
    void wasLaeuftNamesTheEpisodeInGermanWithAGermanDate() {
        spotify.stubFor(get(urlPathEqualTo(CURRENTLY_PLAYING)).willReturn(json("currently-playing-episode.json")));

        ask(AlexaRequest.intent("WhatsPlayingIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Das ist The Year in Climate, eine Folge von The Daily "
                        + "vom 4. Dezember 2026.</speak>"));
    }

    @Test
    void aBritishListenerHearsTheDayBeforeTheMonth() {
        spotify.stubFor(get(urlPathEqualTo(CURRENTLY_PLAYING)).willReturn(json("currently-playing-episode.json")));

        ask(AlexaRequest.intent("WhatsPlayingIntent").locale("en-GB"))
                .body("response.outputSpeech.ssml", is("<speak>This is The Year in Climate, an episode of The Daily "
                        + "from 4 December 2026.</speak>"));
    }

    @Test
    void anEpisodeDatedOnlyByItsMonthIsSaidWithTheMonthOnly() {
        serve(CURRENTLY_PLAYING, "currently-playing-episode.json", playing -> ((ObjectNode) playing.get("item"))
                .put("release_date", "2026-12").put("release_date_precision", "month"));

        ask(AlexaRequest.intent("WhatsPlayingIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Das ist The Year in Climate, eine Folge von The Daily "
                        + "aus dem Dezember 2026.</speak>"));
    }

    @Test
    void anEpisodeDatedOnlyByItsYearIsSaidWithTheYearOnly() {
        serve(CURRENTLY_PLAYING, "currently-playing-episode.json", playing -> ((ObjectNode) playing.get("item"))
                .put("release_date", "2026").put("release_date_precision", "year"));

        ask(AlexaRequest.intent("WhatsPlayingIntent"))
                .body("response.outputSpeech.ssml", is("<speak>This is The Year in Climate, an episode of The Daily "
                        + "from 2026.</speak>"));
    }

    @Test
    void anEpisodeWithoutPicturesOfItsOwnShowsItsShowsPictureOnTheCard() {
        spotify.stubFor(get(urlPathEqualTo(CURRENTLY_PLAYING)).willReturn(json("currently-playing-episode.json")));

        ask(AlexaRequest.intent("WhatsPlayingIntent"))
                .body("response.card.title", is("The Year in Climate"))
                .body("response.card.image.largeImageUrl",
                        is("https://i.scdn.co/image/ab6765630000ba8a81f07e1ead0317ee3c285bfa"));
    }

    @Test
    void skipAheadThirtySecondsJumpsWithinTheEpisode() {
        spotify.stubFor(get(urlPathEqualTo(PLAYER)).willReturn(json("player-episode.json")));
        spotify.stubFor(put(urlPathEqualTo(SEEK)).willReturn(noContent()));

        ask(AlexaRequest.intent("SkipForwardIntent").slot("seconds", "30"))
                .body("response.outputSpeech.ssml", is("<speak>Forward 30 seconds.</speak>"));

        spotify.verify(getRequestedFor(urlPathEqualTo(PLAYER)).withQueryParam("additional_types", equalTo("episode")));
        spotify.verify(putRequestedFor(urlPathEqualTo(SEEK)).withQueryParam("position_ms", equalTo("104213")));
    }

    @Test
    void goBackFifteenSecondsJumpsBackWithinTheEpisode() {
        spotify.stubFor(get(urlPathEqualTo(PLAYER)).willReturn(json("player-episode.json")));
        spotify.stubFor(put(urlPathEqualTo(SEEK)).willReturn(noContent()));

        ask(AlexaRequest.intent("SkipBackwardIntent").locale("de-DE").slot("seconds", "15"))
                .body("response.outputSpeech.ssml", is("<speak>15 Sekunden zurück.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(SEEK)).withQueryParam("position_ms", equalTo("59213")));
    }

    @Test
    void playItFasterIsAnsweredHonestlyWithoutAskingSpotify() {
        ask(AlexaRequest.intent("PlaybackSpeedIntent"))
                .body("response.outputSpeech.ssml", is("<speak>I can't change the playback speed: Spotify doesn't let "
                        + "skills do that. You can change it in the Spotify app, with the speed button of the player."
                        + "</speak>"))
                .body("response.shouldEndSession", is(true));

        assertEquals(0, spotify.requestCount(), "nothing is asked of Spotify");
    }

    @Test
    void spielSchnellerIsAnsweredInGerman() {
        ask(AlexaRequest.intent("PlaybackSpeedIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Die Wiedergabegeschwindigkeit kann ich nicht ändern: "
                        + "Das lässt Spotify nicht zu. In der Spotify-App kannst du sie mit der Geschwindigkeitstaste "
                        + "im Player einstellen.</speak>"));
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
        assertEquals(List.of(), SpotifyContract.get().checkResponse("GET", path, 200, answer.toString()),
                "the test's answer must be one Spotify may send");
        spotify.stubFor(get(urlPathEqualTo(path)).willReturn(okJson(answer.toString())));
    }
}
