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
 * Audiobooks where Spotify offers them (issue 35, point 5): "continue my audiobook" ({@code GET /me/audiobooks},
 * {@code GET /audiobooks/{id}/chapters}) and "play the audiobook Project Hail Mary" (search type audiobook) go on in
 * the chapter where the listener stopped; where the market has none, a sentence says so.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class AudiobooksTest {

    private static final String SAVED = "/v1/me/audiobooks";
    private static final String CHAPTERS = "/v1/audiobooks/7iHfbu1YPACw6oZPAFJtqe/chapters";
    private static final String SEARCH = "/v1/search";
    private static final String PLAY = "/v1/me/player/play";
    /** Chapter 2 (the third in the book's list) was left 1234 s in. */
    private static final String FROM_CHAPTER_TWO = "{\"context_uri\":\"spotify:audiobook:7iHfbu1YPACw6oZPAFJtqe\","
            + "\"offset\":{\"position\":2},\"position_ms\":1234000}";

    FakeSpotify spotify;

    @BeforeEach
    void projectHailMaryIsHalfHeard() {
        spotify.stubFor(get(urlPathEqualTo(SAVED)).willReturn(json("saved-audiobooks.json")));
        spotify.stubFor(get(urlPathEqualTo(CHAPTERS)).willReturn(json("audiobook-chapters.json")));
        spotify.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(json("search-audiobooks-project-hail-mary.json")));
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
    }

    @Test
    void continueMyAudiobookGoesOnInTheChapterWhereItStopped() {
        ask(AlexaRequest.intent("ContinueAudiobookIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Continuing the audiobook Project Hail Mary: Chapter 2, "
                        + "20 minutes in.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(getRequestedFor(urlPathEqualTo(CHAPTERS)).withQueryParam("market", equalTo("US")));
        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson(FROM_CHAPTER_TWO)));
    }

    @Test
    void setzeMeinHoerbuchFortSaysItInGerman() {
        ask(AlexaRequest.intent("ContinueAudiobookIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Weiter geht's mit dem Hörbuch Project Hail Mary: "
                        + "Chapter 2, nach 20 Minuten.</speak>"));
    }

    @Test
    void playTheAudiobookFindsItAndGoesOnWhereItStopped() {
        ask(AlexaRequest.intent("PlayAudiobookIntent").slot("title", "project hail mary"))
                .body("response.outputSpeech.ssml", containsString("Project Hail Mary: Chapter 2"));

        spotify.verify(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("type", equalTo("audiobook"))
                .withQueryParam("market", equalTo("US")));
        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson(FROM_CHAPTER_TWO)));
    }

    @Test
    void whereTheMarketHasNoAudiobooksASentenceSaysSo() {
        spotify.stubFor(get(urlPathEqualTo(SEARCH)).willReturn(json("search-audiobooks-none.json")));

        ask(AlexaRequest.intent("PlayAudiobookIntent").slot("title", "project hail mary").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Ein Hörbuch namens project hail mary habe ich nicht "
                        + "gefunden. Hörbücher bietet Spotify nur in einigen Ländern und Abos an.</speak>"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void anEmptyLibrarySaysWhereAudiobooksExist() {
        spotify.stubFor(get(urlPathEqualTo(SAVED)).willReturn(json("saved-audiobooks-none.json")));

        ask(AlexaRequest.intent("ContinueAudiobookIntent"))
                .body("response.outputSpeech.ssml", containsString("There are no audiobooks in your library. Spotify "
                        + "offers audiobooks only in some countries and plans"));
    }

    @Test
    void aLibrarySpotifyRefusesInTheMarketIsASentenceNotAnError() {
        spotify.stubFor(get(urlPathEqualTo(SAVED)).willReturn(error(403, "error-restricted.json")));

        ask(AlexaRequest.intent("ContinueAudiobookIntent"))
                .body("response.outputSpeech.ssml", is("<speak>Spotify doesn't offer audiobooks to your account here."
                        + "</speak>"));
    }

    @Test
    void withoutATitleItAsksForOne() {
        ask(AlexaRequest.intent("PlayAudiobookIntent").emptySlot("title"))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].slotToElicit", is("title"));
    }

    @Test
    void withNoActiveDeviceItSaysHowToStartOne() {
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(error(404, "error-no-active-device.json")));

        ask(AlexaRequest.intent("ContinueAudiobookIntent"))
                .body("response.outputSpeech.ssml", containsString("I can't find an active Spotify player"));
    }
}
