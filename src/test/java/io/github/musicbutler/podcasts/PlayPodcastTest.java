package io.github.musicbutler.podcasts;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.BEARER;
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
 * "Play the podcast The Daily", "play the newest daily", "play yesterday's episode of the daily" (Alexa sends the
 * day as an {@code AMAZON.DATE}), "play episode sixty eight of hardcore history" (issue 35, point 1): the show is
 * searched in the listener's country, its newest episodes read, the one meant started by its URI and said with its
 * show and date.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class PlayPodcastTest {

    private static final String SEARCH = "/v1/search";
    private static final String DAILY_EPISODES = "/v1/shows/3IM0lmZxpFAY7CwMuv9H4g/episodes";
    private static final String HISTORY_EPISODES = "/v1/shows/72qiPaoDRf8HkGKEChvG5q/episodes";
    private static final String PLAY = "/v1/me/player/play";
    private static final String FOLLOWED = "/v1/me/shows";

    FakeSpotify spotify;

    @BeforeEach
    void theDailyIsInTheCatalogueAndNoShowIsFollowed() {
        spotify.stubFor(get(urlPathEqualTo(FOLLOWED)).willReturn(json("followed-shows-none.json")));
        spotify.stubFor(get(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo("the daily"))
                .willReturn(json("search-shows-the-daily.json")));
        spotify.stubFor(get(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo("hardcore history"))
                .willReturn(json("search-shows-hardcore-history.json")));
        spotify.stubFor(get(urlPathEqualTo(DAILY_EPISODES)).willReturn(json("show-episodes-the-daily.json")));
        spotify.stubFor(get(urlPathEqualTo(HISTORY_EPISODES)).willReturn(json("show-episodes-hardcore-history.json")));
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
    }

    private static AlexaRequest playPodcast(String show) {
        return AlexaRequest.intent("PlayPodcastIntent").slot("show", show).emptySlot("date").emptySlot("number");
    }

    @Test
    void playTheDailyPodcastStartsItsNewestEpisodeByItsUri() {
        ask(playPodcast("the daily"))
                .body("response.outputSpeech.ssml", is("<speak>Playing The Daily: Inside the Budget Fight, from "
                        + "December 5, 2026.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("type", equalTo("show"))
                .withQueryParam("market", equalTo("US")).withHeader("Authorization", equalTo(BEARER)));
        spotify.verify(getRequestedFor(urlPathEqualTo(DAILY_EPISODES)).withQueryParam("market", equalTo("US"))
                .withQueryParam("limit", equalTo("50")));
        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY))
                .withRequestBody(equalToJson("{\"uris\":[\"spotify:episode:7bQ2pWRZ9v0u8sDkKpPDgf\"]}")));
    }

    @Test
    void aFollowedShowIsFoundByItsSpokenNameWithoutSearching() {
        spotify.stubFor(get(urlPathEqualTo(FOLLOWED)).willReturn(json("followed-shows.json")));

        ask(playPodcast("daily"))
                .body("response.outputSpeech.ssml", containsString("Playing The Daily: Inside the Budget Fight"));

        spotify.verify(getRequestedFor(urlPathEqualTo(FOLLOWED)).withQueryParam("limit", equalTo("50")));
        spotify.verify(0, getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void anEpisodeWithoutPicturesShowsItsShowsPictureOnTheCard() {
        ask(playPodcast("the daily"))
                .body("response.card.title", is("Inside the Budget Fight"))
                .body("response.card.image.largeImageUrl",
                        is("https://i.scdn.co/image/ab6765630000ba8a81f07e1ead0317ee3c285bfa"));
    }

    @Test
    void spielDenPodcastTheDailySaysTheShowTheEpisodeAndAGermanDate() {
        ask(playPodcast("the daily").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Ich spiele The Daily: Inside the Budget Fight, vom "
                        + "5. Dezember 2026.</speak>"));

        spotify.verify(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("market", equalTo("DE")));
    }

    @Test
    void yesterdaysEpisodeIsTheOneReleasedOnTheDayAlexaResolved() {
        // "play yesterday's episode of the daily" on December 5: Alexa sends the day itself
        ask(playPodcast("the daily").slot("date", "2026-12-04"))
                .body("response.outputSpeech.ssml", is("<speak>Playing The Daily: The Year in Climate, from "
                        + "December 4, 2026.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY))
                .withRequestBody(equalToJson("{\"uris\":[\"spotify:episode:5Xt5DXGzch68nYYamXrNxZ\"]}")));
    }

    @Test
    void aDayWithoutAnEpisodeIsSaidWithThatDay() {
        ask(playPodcast("the daily").slot("date", "2026-10-29").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Eine Folge von The Daily vom 29. Oktober 2026 habe "
                        + "ich nicht gefunden.</speak>"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void aMonthFindsTheEpisodeDatedOnlyByThatMonth() {
        ask(playPodcast("the daily").slot("date", "2026-11"))
                .body("response.outputSpeech.ssml", is("<speak>Playing The Daily: The Year&apos;s Best Podcasts, "
                        + "Episode 200, from November 2026.</speak>"));
    }

    @Test
    void aWeekFindsItsNewestEpisode() {
        // "play this week's episode of the daily": week 49 of 2026 is November 30 to December 6
        ask(playPodcast("the daily").slot("date", "2026-W49"))
                .body("response.outputSpeech.ssml", containsString("Inside the Budget Fight"));
    }

    @Test
    void anEpisodeNumberIsFoundInTheTitles() {
        ask(playPodcast("hardcore history").slot("number", "68"))
                .body("response.outputSpeech.ssml", is("<speak>Playing Dan Carlin&apos;s Hardcore History: Show 68 - "
                        + "Mania for Subjugation III, from June 1, 2024.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY))
                .withRequestBody(equalToJson("{\"uris\":[\"spotify:episode:1aB2cD3eF4gH5iJ6kL7mN8\"]}")));
    }

    @Test
    void anEpisodeDatedOnlyByItsYearIsSaidWithItsYear() {
        ask(playPodcast("hardcore history").slot("number", "69").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Ich spiele Dan Carlin&apos;s Hardcore History: Show 69 - "
                        + "Mania for Subjugation IV, aus dem Jahr 2025.</speak>"));
    }

    @Test
    void anEpisodeNumberNotAmongTheNewestIsSaidSo() {
        ask(playPodcast("hardcore history").slot("number", "12"))
                .body("response.outputSpeech.ssml", is("<speak>I couldn't find episode 12 among the latest "
                        + "episodes of Dan Carlin&apos;s Hardcore History.</speak>"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void anEpisodeTheMarketDoesNotOfferIsSaidToBeUnavailable() {
        ask(playPodcast("the daily").slot("date", "2026-12-03"))
                .body("response.outputSpeech.ssml", is("<speak>The episode A Landslide in the Alps of The Daily "
                        + "isn't available in your country.</speak>"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void aShowWithoutEpisodesInTheMarketIsSaidSoInGerman() {
        spotify.stubFor(get(urlPathEqualTo(DAILY_EPISODES)).willReturn(json("show-episodes-none.json")));

        ask(playPodcast("the daily").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Von The Daily kann ich in deinem Land keine Folge "
                        + "abspielen.</speak>"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void aPodcastSpotifyDoesNotKnowIsSaidSo() {
        spotify.stubFor(get(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo("zzz podcast"))
                .willReturn(json("search-shows-nothing.json")));

        ask(playPodcast("zzz podcast"))
                .body("response.outputSpeech.ssml", is("<speak>I couldn't find a podcast called zzz podcast."
                        + "</speak>"));
    }

    @Test
    void withoutAShowsNameItAsksForOne() {
        ask(AlexaRequest.intent("PlayPodcastIntent").emptySlot("show").emptySlot("date").emptySlot("number"))
                .body("response.outputSpeech.ssml", is("<speak>Which podcast would you like to hear? Say, for "
                        + "example, play the podcast The Daily.</speak>"))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].slotToElicit", is("show"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(0, getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void withNoActiveDeviceItSaysHowToStartOne() {
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(error(404, "error-no-active-device.json")));

        ask(playPodcast("the daily"))
                .body("response.outputSpeech.ssml", containsString("I can't find an active Spotify player"));
    }

    @Test
    void withoutPremiumItExplains() {
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(error(403, "error-premium-required.json")));

        ask(playPodcast("the daily").locale("de-DE"))
                .body("response.outputSpeech.ssml", containsString("brauchst du Spotify Premium"));
    }

    @Test
    void aRateLimitDuringTheSearchIsApologisedForAndNothingPlays() {
        spotify.stubFor(get(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo("the daily"))
                .willReturn(error(429, "error-429.json").withHeader("Retry-After", "30")));

        ask(playPodcast("the daily"))
                .body("response.outputSpeech.ssml", containsString("Spotify is busy right now"));

        spotify.verify(exactly(1), getRequestedFor(urlPathEqualTo(SEARCH)));
        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void unlinkedListenersAreAskedToLink() {
        ask(playPodcast("the daily").unlinked())
                .body("response.card.type", is("LinkAccount"));

        spotify.verify(0, getRequestedFor(urlPathEqualTo(SEARCH)));
    }
}
