package io.github.musicbutler.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.BEARER;
import static io.github.musicbutler.support.FakeSpotify.error;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * "Play daft punk", "play the album …", "play something by …", "queue …": the listener's playlists first, then
 * Spotify's catalog, decided by one resolver, through the real function, in English and German.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class PlayAnythingTest {

    static final String PLAYLISTS = "/v1/me/playlists";
    static final String SEARCH = "/v1/search";
    static final String PLAY = "/v1/me/player/play";
    static final String QUEUE = "/v1/me/player/queue";
    static final String DAFT_PUNK = "spotify:artist:4tZwfgrHOc3mvqYlEYSvVi";
    static final String BOHEMIAN_RHAPSODY = "spotify:track:4u7EnebtmKWzUH433cf5Qv";

    FakeSpotify spotify;

    @BeforeEach
    void annasLibraryAndPlayer() {
        spotify.stubFor(get(urlPathEqualTo(PLAYLISTS)).willReturn(json("my-playlists.json")));
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
        spotify.stubFor(post(urlPathEqualTo(QUEUE)).willReturn(noContent()));
    }

    private void searchFinds(String query, String fixture) {
        spotify.stubFor(get(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo(query)).willReturn(json(fixture)));
    }

    private static AlexaRequest play(String name) {
        return AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", name);
    }

    @Test
    void anArtistNotAmongTheirPlaylistsPlaysFromTheCatalogAndIsNamed() {
        searchFinds("daft punk", "search-play-daft-punk.json");

        ask(play("daft punk"))
                .body("response.outputSpeech.ssml", is("<speak>Playing the artist Daft Punk.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson("""
                {"context_uri": "%s"}""".formatted(DAFT_PUNK))));
    }

    @Test
    void theCatalogIsSearchedWithTheListenersOwnTokenForEveryKindAtOnce() {
        searchFinds("daft punk", "search-play-daft-punk.json");

        ask(play("daft punk"));

        spotify.verify(getRequestedFor(urlPathEqualTo(SEARCH))
                .withHeader("Authorization", equalTo(BEARER))
                .withQueryParam("type", equalTo("track,artist,album"))
                .withQueryParam("limit", equalTo("5"))
                .withQueryParam("market", equalTo("US")));
        org.junit.jupiter.api.Assertions.assertTrue(spotify.appTokenRequests().isEmpty(), "no app token was needed");
    }

    @Test
    void aSongNotAmongTheirPlaylistsPlaysByItsUri() {
        searchFinds("bohemian rhapsody", "search-play-bohemian-rhapsody.json");

        ask(play("bohemian rhapsody"))
                .body("response.outputSpeech.ssml", is("<speak>Playing Bohemian Rhapsody by Queen.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson("""
                {"uris": ["%s"]}""".formatted(BOHEMIAN_RHAPSODY))));
    }

    @Test
    void aPlaylistOfTheirsStillComesFirst() {
        ask(play("running mix"))
                .body("response.outputSpeech.ssml", containsString("your playlist Running Mix"));

        spotify.verify(0, getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void theAlbumFormSearchesAlbumsOnlyAndPlaysTheAlbum() {
        searchFinds("random access memories", "search-album-random-access-memories.json");

        ask(AlexaRequest.intent("PlayAlbumIntent").slot("album", "random access memories"))
                .body("response.outputSpeech.ssml",
                        is("<speak>Playing the album Random Access Memories by Daft Punk.</speak>"));

        spotify.verify(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("type", equalTo("album")));
        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson("""
                {"context_uri": "spotify:album:4m2880jivSbbyEGAKfITCa"}""")));
        spotify.verify(0, getRequestedFor(urlPathEqualTo(PLAYLISTS)));
    }

    @Test
    void somethingByAnArtistPlaysTheArtist() {
        searchFinds("adele", "search-artist-adele.json");

        ask(AlexaRequest.intent("PlayArtistIntent").slot("artist", "adele"))
                .body("response.outputSpeech.ssml", is("<speak>Playing the artist Adele.</speak>"));

        spotify.verify(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("type", equalTo("artist")));
    }

    @Test
    void aSongByAnArtistIsSearchedWithFieldFiltersSoOnlyTheirSongsCount() {
        searchFinds("track:\"bohemian rhapsody\" artist:\"queen\"", "search-song-bohemian-rhapsody-by-queen.json");

        ask(AlexaRequest.intent("PlaySongIntent").slot("song", "bohemian rhapsody").slot("artist", "queen"))
                .body("response.outputSpeech.ssml", is("<speak>Playing Bohemian Rhapsody by Queen.</speak>"));

        spotify.verify(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("type", equalTo("track")));
    }

    @Test
    void severalPlausibleResultsAreOfferedAndKeepTheDeviceAsked() {
        searchFinds("higher", "search-play-higher.json");
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices.json")));

        String answer = ask(play("higher").slot("device", "kitchen speaker"))
                .body("response.outputSpeech.ssml", is("<speak>I found Higher by Creed and the album Higher by"
                        + " Michael Bublé. Which one should I play? Say the first one, or the last one.</speak>"))
                .body("response.shouldEndSession", is(false))
                .body("sessionAttributes.dialogue.device.name", is("Kitchen Speaker"))
                .extract().asString();
        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));

        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "2").sessionAttributes(sessionOf(answer)))
                .body("response.outputSpeech.ssml", containsString("the album Higher by Michael Bublé"))
                .body("response.outputSpeech.ssml", containsString("on the Kitchen Speaker"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY))
                .withQueryParam("device_id", equalTo("5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e")));
    }

    /** "Play life on mars": Alexa hears the title "life" on a device "mars". */
    private static AlexaRequest lifeOn(String device) {
        return play("life").slot("device", device);
    }

    @Test
    void aTitleWithOnInItPlaysWhenNoDeviceHasTheNameAfterOn() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices.json")));
        searchFinds("life on mars", "search-play-life-on-mars.json");

        ask(lifeOn("mars"))
                .body("response.outputSpeech.ssml", is("<speak>Playing Life on Mars? by David Bowie.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withQueryParam("device_id", absent())
                .withRequestBody(equalToJson("""
                        {"uris": ["spotify:track:3ZE3wv8V3w2T2f7nOCjV0N"]}""")));
    }

    @Test
    void aDeviceThatReallyHasTheNameAfterOnWins() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(okJson("""
                {"devices": [{"id": "8e1c0a3f5b7d9e2f4a6c8b0d1e3f5a7c9b1d3e5f", "is_active": false,
                  "is_private_session": false, "is_restricted": false, "name": "Mars", "type": "Speaker",
                  "volume_percent": 40, "supports_volume": true}]}""")));

        ask(play("running mix").slot("device", "mars"))
                .body("response.outputSpeech.ssml", containsString("Playing your playlist Running Mix on"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY))
                .withQueryParam("device_id", equalTo("8e1c0a3f5b7d9e2f4a6c8b0d1e3f5a7c9b1d3e5f")));
        spotify.verify(0, getRequestedFor(urlPathEqualTo(SEARCH)));
    }

    @Test
    void aTitleWithOnAndARealDeviceAfterItPlaysTheWholeTitleThere() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices.json")));
        searchFinds("life on mars", "search-play-life-on-mars.json");

        ask(lifeOn("mars on the kitchen speaker"))
                .body("response.outputSpeech.ssml",
                        is("<speak>Playing Life on Mars? by David Bowie on the Kitchen Speaker.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY))
                .withQueryParam("device_id", equalTo("5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e")));
    }

    @Test
    void onlyWhenNothingHasTheWholeTitleIsTheDeviceAskedFor() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices.json")));
        searchFinds("qwxzzy on zorblax", "search-nothing.json");

        ask(play("qwxzzy").slot("device", "zorblax"))
                .body("response.outputSpeech.ssml", containsString("I couldn't find a device called zorblax."))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void aGermanTitleWithAufDemInItPlaysWhenNoDeviceHasTheNameAfterIt() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices.json")));
        searchFinds("tanz auf vulkan", "search-play-tanz-auf-dem-vulkan.json");

        // "spiel tanz auf dem vulkan", heard as the sample "spiel {playlist} auf dem {device}"
        ask(play("tanz").slot("device", "vulkan").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Ich spiele Tanz auf dem Vulkan von Udo Lindenberg.</speak>"));
    }

    private static String sessionOf(String response) {
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(response);
            return json.path("sessionAttributes").toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void nothingFoundAnywhereIsSaidHonestlyAndAsksAgain() {
        searchFinds("qwxzzy", "search-nothing.json");

        ask(play("qwxzzy"))
                .body("response.outputSpeech.ssml", containsString(
                        "I couldn't find qwxzzy in your playlists or on Spotify. What would you like to hear?"))
                .body("response.shouldEndSession", is(false))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].slotToElicit", is("playlist"));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void anUnlinkedListenerHearsWhatWasFoundAndThatPlayingNeedsLinking() {
        searchFinds("daft punk", "search-play-daft-punk.json");

        ask(play("daft punk").unlinked())
                .body("response.outputSpeech.ssml", is("<speak>I found the artist Daft Punk on Spotify. To play it,"
                        + " link your Spotify account with the card I've sent to your Alexa app.</speak>"))
                .body("response.card.type", is("LinkAccount"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(getRequestedFor(urlPathEqualTo(SEARCH))
                .withHeader("Authorization", matching("Bearer eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+")));
        spotify.verify(0, getRequestedFor(urlPathEqualTo(PLAYLISTS)));
        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void premiumRequiredIsExplained() {
        searchFinds("daft punk", "search-play-daft-punk.json");
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(error(403, "error-premium-required.json")));

        ask(play("daft punk"))
                .body("response.outputSpeech.ssml", containsString("needs Spotify Premium"));
    }

    @Test
    void noActiveDeviceIsExplained() {
        searchFinds("daft punk", "search-play-daft-punk.json");
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(error(404, "error-no-active-device.json")));

        ask(play("daft punk"))
                .body("response.outputSpeech.ssml", containsString("I can't find an active Spotify player"));
    }

    @Test
    void aRateLimitDuringTheCatalogLookupIsApologisedForAndNothingPlays() {
        spotify.stubFor(get(urlPathEqualTo(SEARCH))
                .willReturn(error(429, "error-429.json").withHeader("Retry-After", "30")));

        ask(play("daft punk"))
                .body("response.outputSpeech.ssml", containsString("Spotify is busy right now"))
                .body("response.card", nullValue());

        spotify.verify(exactly(1), getRequestedFor(urlPathEqualTo(SEARCH)));
        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void aSongIsQueuedByItsUriAndNamed() {
        searchFinds("bohemian rhapsody", "search-play-bohemian-rhapsody.json");
        spotify.stubFor(get(urlPathEqualTo(SEARCH)).withQueryParam("q", equalTo("bohemian rhapsody"))
                .withQueryParam("type", equalTo("track")).willReturn(json("search-play-bohemian-rhapsody.json")));

        ask(AlexaRequest.intent("QueueSongIntent").slot("song", "bohemian rhapsody"))
                .body("response.outputSpeech.ssml", is("<speak>I've added Bohemian Rhapsody by Queen to the queue.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(postRequestedFor(urlPathEqualTo(QUEUE)).withQueryParam("uri", equalTo(BOHEMIAN_RHAPSODY))
                .withHeader("Authorization", equalTo(BEARER)));
        spotify.verify(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("type", equalTo("track")));
        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void queueingWithoutAnActiveDeviceIsExplained() {
        searchFinds("bohemian rhapsody", "search-play-bohemian-rhapsody.json");
        spotify.stubFor(post(urlPathEqualTo(QUEUE)).willReturn(error(404, "error-no-active-device.json")));

        ask(AlexaRequest.intent("QueueSongIntent").slot("song", "bohemian rhapsody"))
                .body("response.outputSpeech.ssml", containsString("I can't find an active Spotify player"));
    }

    @Test
    void addThisToTheQueueIsAnsweredHonestlyWithWhatToSayInstead() {
        ask(AlexaRequest.intent("QueueThisIntent"))
                .body("response.outputSpeech.ssml", containsString("what's playing is already playing"))
                .body("response.outputSpeech.ssml", containsString("queue Bohemian Rhapsody"))
                .body("response.shouldEndSession", is(false))
                .body("response.directives[0].updatedIntent.name", is("QueueSongIntent"));

        spotify.verify(0, anyRequestedFor(anyUrl()));
    }

    // ---- German ----

    @Test
    void spielDaftPunkPlaysTheArtistInGerman() {
        searchFinds("daft punk", "search-play-daft-punk.json");

        ask(play("daft punk").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Ich spiele Musik von Daft Punk.</speak>"));

        spotify.verify(getRequestedFor(urlPathEqualTo(SEARCH)).withQueryParam("market", equalTo("DE")));
    }

    @Test
    void spielDasAlbumPlaysTheAlbumInGerman() {
        searchFinds("random access memories", "search-album-random-access-memories.json");

        ask(AlexaRequest.intent("PlayAlbumIntent").slot("album", "random access memories").locale("de-DE"))
                .body("response.outputSpeech.ssml",
                        is("<speak>Ich spiele das Album Random Access Memories von Daft Punk.</speak>"));
    }

    @Test
    void fuegeZurWarteschlangeHinzuQueuesInGerman() {
        searchFinds("bohemian rhapsody", "search-play-bohemian-rhapsody.json");

        ask(AlexaRequest.intent("QueueSongIntent").slot("song", "bohemian rhapsody").locale("de-DE"))
                .body("response.outputSpeech.ssml",
                        is("<speak>Ich habe Bohemian Rhapsody von Queen zur Warteschlange hinzugefügt.</speak>"));
    }

    @Test
    void nothingFoundAnywhereIsSaidInGerman() {
        searchFinds("qwxzzy", "search-nothing.json");

        ask(play("qwxzzy").locale("de-DE"))
                .body("response.outputSpeech.ssml", containsString(
                        "qwxzzy habe ich weder in deinen Playlists noch auf Spotify gefunden."));
    }

    @Test
    void premiumRequiredIsExplainedInGerman() {
        searchFinds("daft punk", "search-play-daft-punk.json");
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(error(403, "error-premium-required.json")));

        ask(play("daft punk").locale("de-DE"))
                .body("response.outputSpeech.ssml", not(containsString("Playing")))
                .body("response.outputSpeech.ssml", containsString("Premium"));
    }

    @Test
    void aRateLimitDuringTheCatalogLookupIsApologisedForInGerman() {
        spotify.stubFor(get(urlPathEqualTo(SEARCH))
                .willReturn(error(429, "error-429.json").withHeader("Retry-After", "30")));

        ask(play("daft punk").locale("de-DE"))
                .body("response.outputSpeech.ssml", not(containsString("Ich spiele")));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }
}
