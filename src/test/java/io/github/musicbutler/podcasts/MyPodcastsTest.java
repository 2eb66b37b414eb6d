package io.github.musicbutler.podcasts;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The listener's podcasts (issue 35, point 3): "what podcasts do I follow" ({@code GET /me/shows}), "is there a new
 * episode of the daily", "follow this podcast" and "save this episode" ({@code PUT /me/library}).
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class MyPodcastsTest {

    private static final String FOLLOWED = "/v1/me/shows";
    private static final String DAILY_EPISODES = "/v1/shows/3IM0lmZxpFAY7CwMuv9H4g/episodes";
    private static final String CURRENTLY_PLAYING = "/v1/me/player/currently-playing";
    private static final String LIBRARY = "/v1/me/library";

    FakeSpotify spotify;

    @BeforeEach
    void theDailyIsFollowed() {
        spotify.stubFor(get(urlPathEqualTo(FOLLOWED)).willReturn(json("followed-shows.json")));
        spotify.stubFor(get(urlPathEqualTo(DAILY_EPISODES)).willReturn(json("show-episodes-the-daily.json")));
        spotify.stubFor(put(urlPathEqualTo(LIBRARY)).willReturn(ok()));
    }

    @Test
    void whatPodcastsDoIFollowNamesThemAndOffersTheNewestEpisode() {
        ask(AlexaRequest.intent("ListPodcastsIntent"))
                .body("response.outputSpeech.ssml", is("<speak>You follow one podcast: The Daily. Shall I play its "
                        + "newest episode?</speak>"))
                .body("response.shouldEndSession", is(false));
    }

    @Test
    void theFollowedPodcastIsOfferedAndYesPlaysItsNewestEpisode() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/play")).willReturn(noContent()));
        Map<String, Object> offered = ask(AlexaRequest.intent("ListPodcastsIntent"))
                .body("response.reprompt.outputSpeech.ssml", is("<speak>Shall I play its newest episode?</speak>"))
                .body("sessionAttributes.dialogue.waitingFor", is("show-choice"))
                .body("sessionAttributes.dialogue.options[0].id", is("3IM0lmZxpFAY7CwMuv9H4g"))
                .extract().path("sessionAttributes");

        ask(AlexaRequest.intent("AMAZON.YesIntent").sessionAttributes(offered))
                .body("response.outputSpeech.ssml", containsString("Inside the Budget Fight"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/play")).withRequestBody(
                equalToJson("{\"uris\": [\"spotify:episode:7bQ2pWRZ9v0u8sDkKpPDgf\"]}", true, true)));
    }

    @Test
    void aFollowedPodcastNamedFromTheListPlaysItsNewestEpisode() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/play")).willReturn(noContent()));
        Map<String, Object> offered = ask(AlexaRequest.intent("ListPodcastsIntent").locale("de-DE"))
                .extract().path("sessionAttributes");

        ask(AlexaRequest.intent("PlayPodcastIntent").slot("show", "the daily").locale("de-DE").sessionAttributes(offered))
                .body("response.outputSpeech.ssml", containsString("Inside the Budget Fight"));

        spotify.verify(exactly(1), putRequestedFor(urlPathEqualTo("/v1/me/player/play")));
    }

    @Test
    void noToTheFollowedPodcastsAsksWhichPodcastInstead() {
        Map<String, Object> offered = ask(AlexaRequest.intent("ListPodcastsIntent")).extract().path("sessionAttributes");

        ask(AlexaRequest.intent("AMAZON.NoIntent").sessionAttributes(offered))
                .body("response.outputSpeech.ssml", is("<speak>Which podcast would you like to hear? Say, for example, "
                        + "play the podcast The Daily.</speak>"))
                .body("response.shouldEndSession", is(false));
    }

    @Test
    void welchenPodcastsFolgeIchWithNoneSaysHowToFollowOne() {
        spotify.stubFor(get(urlPathEqualTo(FOLLOWED)).willReturn(json("followed-shows-none.json")));

        ask(AlexaRequest.intent("ListPodcastsIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Du folgst noch keinem Podcast. Sag während einer "
                        + "Folge: folge diesem Podcast.</speak>"));
    }

    @Test
    void isThereANewEpisodeOfTheDailySaysTheNewestAndItsDay() {
        ask(AlexaRequest.intent("NewEpisodesIntent").slot("show", "the daily"))
                .body("response.outputSpeech.ssml", is("<speak>The newest episode of The Daily is Inside the Budget "
                        + "Fight, from December 5, 2026.</speak>"));

        spotify.verify(getRequestedFor(urlPathEqualTo(DAILY_EPISODES)).withQueryParam("market", equalTo("US")));
    }

    @Test
    void gibtEsNeueFolgenNamesTheNewestOfEachFollowedShowInGerman() {
        ask(AlexaRequest.intent("NewEpisodesIntent").emptySlot("show").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Die neueste Folge von The Daily ist Inside the Budget "
                        + "Fight, vom 5. Dezember 2026.</speak>"));
    }

    @Test
    void followThisPodcastSavesTheShowOfTheEpisodePlaying() {
        spotify.stubFor(get(urlPathEqualTo(CURRENTLY_PLAYING)).willReturn(json("currently-playing-episode.json")));

        ask(AlexaRequest.intent("FollowPodcastIntent"))
                .body("response.outputSpeech.ssml", is("<speak>You now follow The Daily.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(LIBRARY))
                .withQueryParam("uris", equalTo("spotify:show:3IM0lmZxpFAY7CwMuv9H4g")));
    }

    @Test
    void followThisPodcastWhileASongPlaysSavesNothing() {
        spotify.stubFor(get(urlPathEqualTo(CURRENTLY_PLAYING)).willReturn(json("currently-playing.json")));

        ask(AlexaRequest.intent("FollowPodcastIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Gerade läuft kein Podcast, also gibt es keine "
                        + "Sendung, der ich folgen könnte.</speak>"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(LIBRARY)));
    }

    @Test
    void followThisPodcastWithNothingPlayingSavesNothing() {
        spotify.stubFor(get(urlPathEqualTo(CURRENTLY_PLAYING)).willReturn(noContent()));

        ask(AlexaRequest.intent("FollowPodcastIntent"))
                .body("response.outputSpeech.ssml", is("<speak>No podcast is playing right now, so there's no show "
                        + "to follow.</speak>"));
    }

    @Test
    void saveThisEpisodeSavesTheEpisodeAndSaysItsShow() {
        spotify.stubFor(get(urlPathEqualTo(CURRENTLY_PLAYING)).willReturn(json("currently-playing-episode.json")));

        ask(AlexaRequest.intent("SaveCurrentTrackIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Ich habe die Folge The Year in Climate von The Daily "
                        + "in deiner Bibliothek gespeichert.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(LIBRARY))
                .withQueryParam("uris", equalTo("spotify:episode:5Xt5DXGzch68nYYamXrNxZ")));
    }
}
