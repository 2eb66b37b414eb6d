package io.github.musicbutler.playlists;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.BEARER;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class PlaylistsTest {

    FakeSpotify spotify;

    private static final String PLAYLISTS = "/v1/me/playlists";
    private static final String PLAY = "/v1/me/player/play";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void annasLibrary() {
        spotify.stubFor(get(urlPathEqualTo(PLAYLISTS)).willReturn(json("my-playlists.json")));
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
    }

    @Test
    void listingSaysHowManyAndTheFirstFiveAndRemembersWhereItStopped() {
        spotify.stubFor(get(urlPathEqualTo(PLAYLISTS)).withQueryParam("offset", equalTo("0"))
                .willReturn(okJson(page(0, 5, 12))));

        ask(AlexaRequest.intent("ListPlaylistsIntent"))
                .body("response.outputSpeech.ssml", containsString(
                        "You have 12 playlists. Here are the first ones: Running Mix, Chill Vibes, Road Trip 2024, Top Hits 2020 and 80s Hits."))
                .body("sessionAttributes.dialogue.waitingFor", is("more-playlists"))
                .body("sessionAttributes.dialogue.from", is(5))
                .body("response.card.title", is("Your playlists (12)"))
                .body("response.card.text", is("Running Mix\nChill Vibes\nRoad Trip 2024\nTop Hits 2020\n80s Hits"))
                .body("response.card.image.largeImageUrl", containsString("3ceypja9oz9gipac4ash4n"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(getRequestedFor(urlPathEqualTo(PLAYLISTS)).withQueryParam("limit", equalTo("5"))
                .withQueryParam("offset", equalTo("0")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void moreContinuesWhereTheListStoppedAndTheLastPageAsksWhichToPlay() {
        spotify.stubFor(get(urlPathEqualTo(PLAYLISTS)).withQueryParam("offset", equalTo("10"))
                .willReturn(okJson(page(10, 5, 12))));

        ask(AlexaRequest.intent("AMAZON.MoreIntent").sessionAttributes("""
                {"dialogue": {"waitingFor": "more-playlists", "from": 10}}"""))
                .body("response.outputSpeech.ssml", is("<speak>And finally: Rock &amp; Roll Classics and Dinner Party. "
                        + "That's all of them. Which one would you like to hear?</speak>"))
                .body("response.reprompt.outputSpeech.ssml", is("<speak>Say the name of a playlist to play it.</speak>"))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].slotToElicit", is("playlist"))
                .body("response.directives[0].updatedIntent.name", is("PlayPlaylistIntent"))
                .body("sessionAttributes.dialogue", nullValue())
                .body("response.shouldEndSession", is(false));

        spotify.verify(getRequestedFor(urlPathEqualTo(PLAYLISTS)).withQueryParam("limit", equalTo("5"))
                .withQueryParam("offset", equalTo("10")));
    }

    @Test
    void playingByNameReadsEveryPageOfPlaylists() {
        spotify.stubFor(get(urlPathEqualTo(PLAYLISTS)).withQueryParam("offset", equalTo("0")).willReturn(okJson(page(0, 50, 120))));
        spotify.stubFor(get(urlPathEqualTo(PLAYLISTS)).withQueryParam("offset", equalTo("50")).willReturn(okJson(page(50, 50, 120))));
        spotify.stubFor(get(urlPathEqualTo(PLAYLISTS)).withQueryParam("offset", equalTo("100")).willReturn(okJson(page(100, 50, 120))));

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "mix number one hundred and seven"))
                .body("response.outputSpeech.ssml", containsString("Playing your playlist Mix Number 107."));

        spotify.verify(exactly(3), getRequestedFor(urlPathEqualTo(PLAYLISTS)).withQueryParam("limit", equalTo("50")));
        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson(
                "{\"context_uri\": \"spotify:playlist:generated0000000000107\"}")));
    }

    @Test
    void clearWinnerPlaysOnTheActiveDeviceWithItsCoverOnTheCard() {
        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "chill vibe"))
                .body("response.outputSpeech.ssml", containsString("Playing your playlist Chill Vibes."))
                .body("response.card.type", is("Standard"))
                .body("response.card.title", is("Chill Vibes"))
                .body("response.card.image.largeImageUrl", containsString("https://image-cdn-ak.spotifycdn.com/image/"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY))
                .withQueryParam("device_id", com.github.tomakehurst.wiremock.client.WireMock.absent())
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("{\"context_uri\": \"spotify:playlist:37i9dQZF1DWXRqgorJj26U\"}")));
    }

    @Test
    void germanNameWithUmlautsPlaysOnANamedDevice() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices.json")));

        ask(AlexaRequest.intent("PlayPlaylistIntent").locale("de-DE")
                .slot("playlist", "für die küche").slot("device", "wohnzimmer fernseher"))
                .body("response.outputSpeech.ssml", containsString(
                        "Ich spiele deine Playlist Für die Küche auf dem Wohnzimmer Fernseher."));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY))
                .withQueryParam("device_id", equalTo("b46689cc9ba7d4bfc3f8a8d5e4e4b1c0e3a9f2d7"))
                .withHeader("Authorization", equalTo(BEARER))
                .withRequestBody(equalToJson("{\"context_uri\": \"spotify:playlist:7bHc4dEf5gHi6jKl7mNo8p\"}")));
    }

    @Test
    void unknownDeviceIsNamedWithTheDevicesSpotifyKnowsAndTheNextNameHeardIsTheDevice() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices.json")));

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "running mix").slot("device", "garage"))
                .body("response.outputSpeech.ssml", containsString(
                        "I couldn't find a device called garage. Your devices are Kitchen Speaker, Anna&apos;s iPhone and Wohnzimmer Fernseher."))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].slotToElicit", is("device"))
                .body("response.directives[0].updatedIntent.slots.playlist.value", is("running mix"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void twoCloseNamesAreAskedAboutAndTheAnswerPlaysNextTurn() {
        Map<String, Object> session = ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "focus music"))
                .body("response.outputSpeech.ssml", containsString("Did you mean Focus or Deep Focus?"))
                .body("response.shouldEndSession", is(false))
                .extract().path("sessionAttributes");
        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(PLAY)));

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "deep focus").sessionAttributes(session))
                .body("response.outputSpeech.ssml", containsString("Playing your playlist Deep Focus."))
                .body("sessionAttributes.dialogue", nullValue());

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson(
                "{\"context_uri\": \"spotify:playlist:4dQ1rT2yU3iO4pA5sD6fG7\"}")));
    }

    @Test
    void theSecondOneAnswersDidYouMean() {
        Map<String, Object> session = ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "focus music"))
                .extract().path("sessionAttributes");

        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "2nd").sessionAttributes(session))
                .body("response.outputSpeech.ssml", containsString("Playing your playlist Deep Focus."));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson(
                "{\"context_uri\": \"spotify:playlist:4dQ1rT2yU3iO4pA5sD6fG7\"}")));
    }

    @Test
    void theFirstOneHeardAsAPlaylistNameStillAnswersDidYouMean() {
        Map<String, Object> session = ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "focus music"))
                .extract().path("sessionAttributes");

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "the first one").sessionAttributes(session))
                .body("response.outputSpeech.ssml", containsString("Playing your playlist Focus."));
    }

    @Test
    void germanOrdinalAnswersDidYouMean() {
        Map<String, Object> session = ask(AlexaRequest.intent("PlayPlaylistIntent").locale("de-DE")
                .slot("playlist", "focus musik"))
                .body("response.outputSpeech.ssml", containsString("Meintest du Focus oder Deep Focus?"))
                .extract().path("sessionAttributes");

        ask(AlexaRequest.intent("SelectOptionIntent").locale("de-DE").slot("position", "2.").sessionAttributes(session))
                .body("response.outputSpeech.ssml", containsString("Ich spiele deine Playlist Deep Focus."));
    }

    @Test
    void theSecondOneWithNothingOfferedSaysHowToGetSomethingToChooseFrom() {
        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "2nd"))
                .body("response.outputSpeech.ssml", is("<speak>There's nothing to choose from right now. To find "
                        + "something to play, say search for, and an artist or a song, or ask for your playlists.</speak>"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void yesPlaysTheSingleSuggestion() {
        Map<String, Object> session = ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "dinner music"))
                .body("response.outputSpeech.ssml", containsString(
                        "I couldn't find a playlist called dinner music. Did you mean Dinner Party?"))
                .extract().path("sessionAttributes");

        ask(AlexaRequest.intent("AMAZON.YesIntent").sessionAttributes(session))
                .body("response.outputSpeech.ssml", containsString("Playing your playlist Dinner Party."));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson(
                "{\"context_uri\": \"spotify:playlist:3aS4dF5gH6jK7lZ8xC9vB0\"}")));
    }

    @Test
    void playItPlaysTheSingleSuggestionAsYesDoes() {
        Map<String, Object> session = ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "dinner music"))
                .extract().path("sessionAttributes");

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "it").sessionAttributes(session))
                .body("response.outputSpeech.ssml", is("<speak>Playing your playlist Dinner Party.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson(
                "{\"context_uri\": \"spotify:playlist:3aS4dF5gH6jK7lZ8xC9vB0\"}")));
    }

    @Test
    void spielSieAfterThePlaylistsSongsPlaysThePlaylist() {
        Map<String, Object> offered = askedWhatIsOnRunningMix("de-DE");

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "sie").locale("de-DE").sessionAttributes(offered))
                .body("response.outputSpeech.ssml", is("<speak>Ich spiele deine Playlist Running Mix.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson(
                "{\"context_uri\": \"spotify:playlist:3cEYpjA9oz9GiPac4AsH4n\"}")));
    }

    @Test
    void noForgetsTheSuggestionAndAsksAgain() {
        Map<String, Object> session = ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "dinner music"))
                .extract().path("sessionAttributes");

        ask(AlexaRequest.intent("AMAZON.NoIntent").sessionAttributes(session))
                .body("response.outputSpeech.ssml", containsString("Which playlist would you like?"))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].updatedIntent.name", is("PlayPlaylistIntent"))
                .body("sessionAttributes.dialogue", nullValue())
                .body("response.shouldEndSession", is(false));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void nothingCloseInTheirPlaylistsNorInTheCatalogGetsAnHonestAnswerAndTheNextNameHeardIsThePlaylist() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(json("search-nothing.json")));

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "heavy metal"))
                .body("response.outputSpeech.ssml", containsString(
                        "I couldn't find heavy metal in your playlists or on Spotify. What would you like to hear?"))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].slotToElicit", is("playlist"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(PLAY)));
    }

    @Test
    void contentsNameTheFirstSongsWithTheirArtists() {
        spotify.stubFor(get(urlPathEqualTo("/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items")).willReturn(json("playlist-items.json")));

        ask(AlexaRequest.intent("PlaylistContentsIntent").slot("playlist", "running mix"))
                .body("response.outputSpeech.ssml", containsString(
                        "Running Mix has 20 songs. The first ones are: Titanium by David Guetta and Sia, Get Lucky by Daft Punk, Pharrell Williams and Nile Rodgers"))
                .body("response.card.title", is("Running Mix"));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items"))
                .withQueryParam("limit", equalTo("5")).withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void contentsOfAPlaylistWithFewSongsAreReadWithoutFirstOnes() throws Exception {
        spotify.stubFor(get(urlPathEqualTo("/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items")).willReturn(okJson(itemsPage(2))));

        ask(AlexaRequest.intent("PlaylistContentsIntent").slot("playlist", "running mix"))
                .body("response.outputSpeech.ssml", is("<speak>Running Mix has 2 songs: Titanium by David Guetta and "
                        + "Sia and Get Lucky by Daft Punk, Pharrell Williams and Nile Rodgers. Shall I play it?</speak>"));
    }

    @Test
    void contentsOfAPlaylistWithOneSongSayOneSong() throws Exception {
        spotify.stubFor(get(urlPathEqualTo("/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items")).willReturn(okJson(itemsPage(1))));

        ask(AlexaRequest.intent("PlaylistContentsIntent").slot("playlist", "running mix").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Auf Running Mix ist ein Song: Titanium von David Guetta "
                        + "und Sia. Soll ich sie spielen?</speak>"));
    }

    @Test
    void contentsOfferToPlayThePlaylistAndKeepListening() {
        spotify.stubFor(get(urlPathEqualTo("/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items")).willReturn(json("playlist-items.json")));

        ask(AlexaRequest.intent("PlaylistContentsIntent").slot("playlist", "running mix"))
                .body("response.outputSpeech.ssml", endsWith("Never Gonna Give You Up by Rick Astley. Shall I play it?</speak>"))
                .body("response.reprompt.outputSpeech.ssml", is("<speak>Shall I play Running Mix?</speak>"))
                .body("response.shouldEndSession", is(false))
                .body("sessionAttributes.dialogue.waitingFor", is("playlist-songs"))
                .body("sessionAttributes.dialogue.playlist.uri", is("spotify:playlist:3cEYpjA9oz9GiPac4AsH4n"))
                .body("sessionAttributes.dialogue.songs.name", contains("Titanium", "Get Lucky", "Never Gonna Give You Up"))
                .body("sessionAttributes.dialogue.songs.position", contains(0, 1, 2));
    }

    @Test
    void yesToTheContentsPlaysThePlaylistFromItsStart() {
        Map<String, Object> offered = askedWhatIsOnRunningMix("en-US");

        ask(AlexaRequest.intent("AMAZON.YesIntent").sessionAttributes(offered))
                .body("response.outputSpeech.ssml", is("<speak>Playing your playlist Running Mix.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(
                equalToJson("{\"context_uri\": \"spotify:playlist:3cEYpjA9oz9GiPac4AsH4n\"}")));
    }

    @Test
    void theThirdSongReadOutStartsThePlaylistThere() {
        Map<String, Object> offered = askedWhatIsOnRunningMix("de-DE");

        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "3.").locale("de-DE").sessionAttributes(offered))
                .body("response.outputSpeech.ssml", is("<speak>Ich spiele deine Playlist Running Mix, angefangen mit "
                        + "Never Gonna Give You Up.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson(
                "{\"context_uri\": \"spotify:playlist:3cEYpjA9oz9GiPac4AsH4n\", \"offset\": {\"position\": 2}}")));
    }

    @Test
    void aSongNamedAfterTheContentsStartsThePlaylistThere() {
        Map<String, Object> offered = askedWhatIsOnRunningMix("en-US");

        ask(AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "get lucky").sessionAttributes(offered))
                .body("response.outputSpeech.ssml", is("<speak>Playing your playlist Running Mix, starting with "
                        + "Get Lucky.</speak>"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson(
                "{\"context_uri\": \"spotify:playlist:3cEYpjA9oz9GiPac4AsH4n\", \"offset\": {\"position\": 1}}")));
    }

    @Test
    void aSongSpotifyNoLongerHasKeepsTheOthersInTheirPlaces() throws Exception {
        ObjectNode page = (ObjectNode) JSON.readTree(FakeSpotify.fixture("playlist-items.json"));
        ((ObjectNode) page.get("items").get(0)).putNull("item");
        spotify.stubFor(get(urlPathEqualTo("/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items"))
                .willReturn(okJson(JSON.writeValueAsString(page))));
        Map<String, Object> offered = ask(contentsOfRunningMix("en-US")).extract().path("sessionAttributes");

        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "1st").sessionAttributes(offered))
                .body("response.outputSpeech.ssml", containsString("starting with Get Lucky"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson(
                "{\"context_uri\": \"spotify:playlist:3cEYpjA9oz9GiPac4AsH4n\", \"offset\": {\"position\": 1}}")));
    }

    @Test
    void noToTheContentsAsksWhichPlaylistInstead() {
        Map<String, Object> offered = askedWhatIsOnRunningMix("en-US");

        ask(AlexaRequest.intent("AMAZON.NoIntent").sessionAttributes(offered))
                .body("response.outputSpeech.ssml", is("<speak>All right. Which playlist would you like?</speak>"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(exactly(0), putRequestedFor(urlPathEqualTo(PLAY)));
    }

    /** "What's on Running Mix", answered with the fixture's songs: the session in which it offers to play it. */
    private Map<String, Object> askedWhatIsOnRunningMix(String locale) {
        spotify.stubFor(get(urlPathEqualTo("/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items")).willReturn(json("playlist-items.json")));
        return ask(contentsOfRunningMix(locale)).extract().path("sessionAttributes");
    }

    private static AlexaRequest contentsOfRunningMix(String locale) {
        return AlexaRequest.intent("PlaylistContentsIntent").slot("playlist", "running mix").locale(locale);
    }

    /** The fixture's page of a playlist's items, cut to its first {@code total} songs: the whole playlist. */
    private static String itemsPage(int total) throws Exception {
        ObjectNode page = (ObjectNode) JSON.readTree(FakeSpotify.fixture("playlist-items.json"));
        ArrayNode items = JSON.createArrayNode();
        for (int i = 0; i < total; i++) {
            items.add(page.get("items").get(i));
        }
        page.set("items", items);
        page.put("total", total).putNull("next");
        return JSON.writeValueAsString(page);
    }

    /** A page of /me/playlists: the fixture's twelve playlists first, then generated ones ("Mix Number 13", …). */
    static String page(int offset, int limit, int total) {
        try {
            ObjectNode template = (ObjectNode) JSON.readTree(FakeSpotify.fixture("my-playlists.json"));
            ArrayNode known = (ArrayNode) template.get("items");
            ArrayNode items = JSON.createArrayNode();
            for (int i = offset; i < Math.min(offset + limit, total); i++) {
                if (i < known.size()) {
                    items.add(known.get(i));
                } else {
                    ObjectNode generated = known.get(0).deepCopy();
                    String id = String.format("generated%013d", i);
                    generated.put("id", id).put("name", "Mix Number " + i).put("uri", "spotify:playlist:" + id);
                    items.add(generated);
                }
            }
            String base = "https://api.spotify.com/v1/me/playlists";
            template.set("items", items);
            template.put("offset", offset).put("limit", limit).put("total", total);
            template.put("href", base + "?offset=" + offset + "&limit=" + limit);
            if (offset + limit < total) {
                template.put("next", base + "?offset=" + (offset + limit) + "&limit=" + limit);
            } else {
                template.putNull("next");
            }
            if (offset > 0) {
                template.put("previous", base + "?offset=" + Math.max(0, offset - limit) + "&limit=" + limit);
            }
            return JSON.writeValueAsString(template);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
