package io.github.musicbutler.podcasts;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.error;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Continue my podcast", "continue where I left off", "resume the daily" (issue 35, point 2): the partly heard
 * episode, from the listener's saved episodes and the newest episodes of the shows they follow, started where they
 * stopped ({@code resume_point.resume_position_ms} as {@code position_ms}); of several, the newest, said so.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class ContinuePodcastTest {

    private static final String SAVED_EPISODES = "/v1/me/episodes";
    private static final String FOLLOWED = "/v1/me/shows";
    private static final String SEARCH = "/v1/search";
    private static final String DAILY_EPISODES = "/v1/shows/3IM0lmZxpFAY7CwMuv9H4g/episodes";
    private static final String HISTORY_EPISODES = "/v1/shows/72qiPaoDRf8HkGKEChvG5q/episodes";
    private static final String PLAY = "/v1/me/player/play";

    FakeSpotify spotify;

    @BeforeEach
    void aSavedHistoryEpisodeAndTheFollowedDailyArePartlyHeard() {
        // saved: Hardcore History's Show 70, an hour in; followed: The Daily, whose The Year in Climate is 754 s in
        spotify.stubFor(get(urlPathEqualTo(SAVED_EPISODES)).willReturn(json("saved-episodes.json")));
        spotify.stubFor(get(urlPathEqualTo(FOLLOWED)).willReturn(json("followed-shows.json")));
        spotify.stubFor(get(urlPathEqualTo(DAILY_EPISODES)).willReturn(json("show-episodes-the-daily.json")));
        spotify.stubFor(get(urlPathEqualTo(HISTORY_EPISODES)).willReturn(json("show-episodes-hardcore-history.json")));
        spotify.stubFor(get(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo("the daily"))
                .willReturn(json("search-shows-the-daily.json")));
        spotify.stubFor(get(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo("hardcore history"))
                .willReturn(json("search-shows-hardcore-history.json")));
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
    }

    private static AlexaRequest continuePodcast() {
        return AlexaRequest.intent("ContinuePodcastIntent").emptySlot("show");
    }

    @Test
    void continueMyPodcastStartsTheNewestPartlyHeardEpisodeWhereItStopped() {
        ask(continuePodcast())
                .body("response.outputSpeech.ssml", is("<speak>You've started 2 episodes. Here's the newest. "
                        + "Continuing The Daily: The Year in Climate, 12 minutes in.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(getRequestedFor(urlPathEqualTo(SAVED_EPISODES)).withQueryParam("market", equalTo("US")));
        spotify.verify(getRequestedFor(urlPathEqualTo(DAILY_EPISODES)));
        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson(
                "{\"uris\":[\"spotify:episode:5Xt5DXGzch68nYYamXrNxZ\"],\"position_ms\":754000}")));
    }

    @Test
    void setzeMeinenPodcastFortSaysItInGerman() {
        ask(continuePodcast().locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Du hast 2 Folgen angefangen. Hier ist die neueste. "
                        + "Weiter geht's mit The Daily: The Year in Climate, nach 12 Minuten.</speak>"));
    }

    @Test
    void aSavedEpisodeAloneIsContinuedWithoutMentioningOthers() {
        spotify.stubFor(get(urlPathEqualTo(FOLLOWED)).willReturn(json("followed-shows-none.json")));

        ask(continuePodcast())
                .body("response.outputSpeech.ssml", is("<speak>Continuing Dan Carlin&apos;s Hardcore History: "
                        + "Show 70 - Twilight of the Aesir, 60 minutes in.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson(
                "{\"uris\":[\"spotify:episode:2kG7Zl3rFqWbW1uV0sYfD4\"],\"position_ms\":3600000}")));
    }

    @Test
    void resumeTheDailyContinuesItsPartlyHeardEpisode() {
        ask(continuePodcast().slot("show", "the daily"))
                .body("response.outputSpeech.ssml", is("<speak>Continuing The Daily: The Year in Climate, 12 minutes "
                        + "in.</speak>"));

        spotify.verify(0, getRequestedFor(urlPathEqualTo(SAVED_EPISODES)));
    }

    @Test
    void aShowWithNothingStartedPlaysItsNewestFromTheStartAndSaysWhy() {
        ask(continuePodcast().slot("show", "hardcore history"))
                .body("response.outputSpeech.ssml", is("<speak>You haven't started an episode of Dan Carlin&apos;s "
                        + "Hardcore History yet. Playing Dan Carlin&apos;s Hardcore History: Show 70 - Twilight of the "
                        + "Aesir, from October 2026.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY))
                .withRequestBody(equalToJson("{\"uris\":[\"spotify:episode:2kG7Zl3rFqWbW1uV0sYfD4\"]}")));
    }

    @Test
    void nothingPartlyHeardIsSaidAndNothingStarts() {
        spotify.stubFor(get(urlPathEqualTo(SAVED_EPISODES)).willReturn(json("saved-episodes-none.json")));
        spotify.stubFor(get(urlPathEqualTo(FOLLOWED)).willReturn(json("followed-shows-none.json")));

        ask(continuePodcast().locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Du hast keine Folge angefangen, die du noch nicht zu "
                        + "Ende gehört hast. Sag zum Beispiel: spiel den Podcast The Daily.</speak>"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void aRateLimitReadingTheSavedEpisodesIsApologisedFor() {
        spotify.stubFor(get(urlPathEqualTo(SAVED_EPISODES))
                .willReturn(error(429, "error-429.json").withHeader("Retry-After", "30")));

        ask(continuePodcast())
                .body("response.outputSpeech.ssml", containsString("Spotify is busy right now"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void withoutPremiumItExplains() {
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(error(403, "error-premium-required.json")));

        ask(continuePodcast())
                .body("response.outputSpeech.ssml", containsString("needs Spotify Premium"));
    }
}
