package io.github.musicbutler.podcasts;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.is;

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
    void whatPodcastsDoIFollowNamesThem() {
        ask(AlexaRequest.intent("ListPodcastsIntent"))
                .body("response.outputSpeech.ssml", is("<speak>You follow one podcast: The Daily.</speak>"))
                .body("response.shouldEndSession", is(true));
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
