package io.github.musicbutler.catalog;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.SecretScan.assertNoSecretIn;
import static io.github.musicbutler.support.SecretScan.secret;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class SearchTest {

    FakeSpotify spotify;

    @RegisterExtension
    LogCapture log = new LogCapture();

    @Test
    void unlinkedUserHearsTheBestSongArtistAndAlbumAndHowLinkingLetsThemPlay() {
        stubSearch("search-anything.json");

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk").unlinked())
                .body("response.outputSpeech.ssml", containsString(
                        "I found One More Time by Daft Punk, the artist Daft Punk and the album"
                                + " Random Access Memories by Daft Punk."))
                .body("response.outputSpeech.ssml", containsString("link your Spotify account"))
                .body("response.card.type", is("LinkAccount"))
                .body("response.shouldEndSession", is(true));
    }

    @Test
    void searchAsksSpotifyForOneSongArtistAndAlbumInTheListenersMarket() {
        stubSearch("search-anything.json");

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk").unlinked());

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/search"))
                .withQueryParam("q", equalTo("daft punk"))
                .withQueryParam("type", equalTo("track,artist,album"))
                .withQueryParam("limit", equalTo("1"))
                .withQueryParam("market", equalTo("US")));
    }

    @Test
    void searchCarriesTheAppsTokenNotTheUsers() {
        stubSearch("search-anything.json");

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/search"))
                // a JWT from the accounts server, not the user's "BQD..." token
                .withHeader("Authorization", matching("Bearer eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+")));
    }

    @Test
    void linkedUserHearsTheResultsAndIsOfferedToPlayOne() {
        stubSearch("search-anything.json");

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .body("response.outputSpeech.ssml", containsString("I found One More Time by Daft Punk"))
                .body("response.outputSpeech.ssml", containsString("Say play the first one"))
                .body("response.reprompt.outputSpeech.ssml", containsString("Which one should I play?"))
                .body("response.shouldEndSession", is(false))
                .body("sessionAttributes.dialogue.waitingFor", is("search-choice"))
                .body("sessionAttributes.dialogue.options", hasSize(3))
                .body("sessionAttributes.dialogue.options[0].uri", is("spotify:track:0DiWol3AO6WpXZgp0goxAV"))
                .body("sessionAttributes.dialogue.options[0].kind", is("TRACK"))
                .body("sessionAttributes.dialogue.options[1].uri", is("spotify:artist:4tZwfgrHOc3mvqYlEYSvVi"))
                .body("sessionAttributes.dialogue.options[2].name", is("Random Access Memories"));
    }

    @Test
    void aSearchReplacesAnUnansweredDidYouMeanSoTheFirstOneMeansTheFirstResult() {
        stubSearch("search-anything.json");

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk").sessionAttributes("""
                {"dialogue": {"waitingFor": "choice", "source": "PLAYLISTS", "options": [
                  {"kind": "PLAYLIST", "name": "Focus", "uri": "spotify:playlist:37i9dQZF1DWZeKCadgRdKQ"}],
                  "device": {"id": "b46689a4cb1a43f0a2f8c3b18c1a5f6c9e2d7a01", "name": "Kitchen Speaker"}}}"""))
                .body("sessionAttributes.dialogue.waitingFor", is("search-choice"))
                .body("sessionAttributes.dialogue.options", hasSize(3))
                .body("sessionAttributes.dialogue", not(hasKey("device")));
    }

    @Test
    void linkedUserGetsTheResultsOnACardWithTheFirstCover() {
        stubSearch("search-anything.json");

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .body("response.card.type", is("Standard"))
                .body("response.card.text", containsString("1. One More Time by Daft Punk\n2. the artist Daft Punk"))
                .body("response.card.image.largeImageUrl",
                        is("https://i.scdn.co/image/ab67616d0000b273b33d46dfa2635a47eebf63b2"));
    }

    @Test
    void playlistSearchReadsTheTopPlaylistsSkippingThoseSpotifyWithholds() {
        stubSearch("search-playlists.json");

        ask(AlexaRequest.intent("SearchPlaylistsIntent").slot("query", "rainy sunday"))
                .body("response.outputSpeech.ssml", containsString(
                        "Here are playlists for rainy sunday: Rainy Day Jazz, Sunday Morning Rain &amp; Coffee and Stay In Lo-Fi."))
                .body("sessionAttributes.dialogue.options[1].uri", is("spotify:playlist:5H7ZsXq2mJ8n3bCkVd0qLt"));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/search"))
                .withQueryParam("q", equalTo("rainy sunday"))
                .withQueryParam("type", equalTo("playlist"))
                .withQueryParam("limit", equalTo("3")));
    }

    @Test
    void twoResultsAreJoinedWithAnd() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson("""
                {"playlists": {"href": "https://api.spotify.com/v1/search?offset=0&limit=3&query=kids%20disco&type=playlist",
                  "limit": 3, "next": null, "offset": 0, "previous": null, "total": 2,
                  "items": [
                    {"name": "Kids Disco", "uri": "spotify:playlist:3xZQp8Dv1kA9bCdE2fGhIj", "type": "playlist",
                     "owner": {"display_name": "Spotify", "id": "spotify"}, "images": []},
                    {"name": "Disco for Little Ones", "uri": "spotify:playlist:7mNoPq2rStUv3wXyZ4aBcD", "type": "playlist",
                     "owner": {"display_name": "Mia", "id": "mia.r"}, "images": []}
                  ]}}""")));

        ask(AlexaRequest.intent("SearchPlaylistsIntent").slot("query", "kids disco"))
                .body("response.outputSpeech.ssml", containsString(
                        "Here are playlists for Kids Disco: Kids Disco and Disco for Little Ones."))
                .body("response.card.image", nullValue());
    }

    @Test
    void oneResultIsOfferedAsItAndAnsweredWithYes() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson("""
                {"playlists": {"href": "https://api.spotify.com/v1/search?offset=0&limit=3&query=rainy%20days&type=playlist",
                  "limit": 3, "next": null, "offset": 0, "previous": null, "total": 1,
                  "items": [
                    {"name": "Rainy Days", "uri": "spotify:playlist:4vQp8Dv1kA9bCdE2fGhIjR", "type": "playlist",
                     "owner": {"display_name": "Mia", "id": "mia.r"}, "images": []}
                  ]}}""")));

        ask(AlexaRequest.intent("SearchPlaylistsIntent").slot("query", "rainy days"))
                .body("response.outputSpeech.ssml",
                        is("<speak>I found one playlist for Rainy Days: Rainy Days. Shall I play it?</speak>"))
                .body("response.reprompt.outputSpeech.ssml", is("<speak>Shall I play it? Say yes or no.</speak>"))
                .body("response.shouldEndSession", is(false));
    }

    @Test
    void oneResultForSomeoneUnlinkedIsNotCalledOneOfThem() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson("""
                {"tracks": {"href": "https://api.spotify.com/v1/search?offset=0&limit=3&query=artist%3A%22Adele%22&type=track",
                  "limit": 3, "next": null, "offset": 0, "previous": null, "total": 1,
                  "items": [
                    {"name": "Hello", "uri": "spotify:track:4sPmO7WMQUAf45kwMOtONw", "type": "track",
                     "artists": [{"name": "Adele", "uri": "spotify:artist:4dpARuHxo51G3z768sgnrY"}],
                     "album": {"name": "25", "images": []}}
                  ]}}""")));

        ask(AlexaRequest.intent("SearchArtistTracksIntent").slot("artist", "adele").locale("de-DE").unlinked())
                .body("response.outputSpeech.ssml", is("<speak>Ich habe einen Song von Adele gefunden: Hello. Um es zu "
                        + "spielen, verknüpfe dein Spotify-Konto mit der Karte in deiner Alexa-App.</speak>"));
    }

    @Test
    void songsByAnArtistAreSearchedWithSpotifysArtistFilter() {
        stubSearch("search-songs-by.json");

        ask(AlexaRequest.intent("SearchArtistTracksIntent").slot("artist", "Adele").unlinked())
                .body("response.outputSpeech.ssml", containsString(
                        "Here are songs by Adele: Rolling in the Deep, Someone Like You and Hello."));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/search"))
                .withQueryParam("q", equalTo("artist:\"Adele\""))
                .withQueryParam("type", equalTo("track"))
                .withQueryParam("limit", equalTo("3")));
    }

    @Test
    void germanListenersSearchTheGermanMarketAndHearGerman() {
        stubSearch("search-songs-by.json");

        ask(AlexaRequest.intent("SearchArtistTracksIntent").slot("artist", "Adele").locale("de-DE"))
                .body("response.outputSpeech.ssml", containsString(
                        "Hier sind Songs von Adele: Rolling in the Deep, Someone Like You und Hello."));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/search")).withQueryParam("market", equalTo("DE")));
    }

    @Test
    void nothingFoundIsSaidAndAnotherSearchInvited() {
        stubSearch("search-nothing.json");

        ask(AlexaRequest.intent("SearchIntent").slot("query", "qwxzzy"))
                .body("response.outputSpeech.ssml", containsString("I couldn't find anything on Spotify for qwxzzy"))
                .body("response.shouldEndSession", is(false))
                .body("sessionAttributes.dialogue", nullValue());
    }

    @Test
    void searchWithoutAQueryAsksWhatToSearchFor() {
        ask(AlexaRequest.intent("SearchIntent"))
                .body("response.outputSpeech.ssml", containsString("What should I search for on Spotify?"))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].slotToElicit", is("query"));

        spotify.verify(0, getRequestedFor(urlPathEqualTo("/v1/search")));
    }

    @Test
    void spotifyFailingGetsASpokenApology() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(serverError()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"status\":500,\"message\":\"Server error\"}}")));

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .body("response.outputSpeech.ssml", containsString("I can't reach Spotify's search right now"))
                .body("response.shouldEndSession", is(true));
    }

    @Test
    void noTokenSecretOrQueryReachesTheLog() {
        stubSearch("search-anything.json");
        ask(AlexaRequest.intent("SearchIntent").slot("query", "my secret crush song"));
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(serverError()));
        ask(AlexaRequest.intent("SearchIntent").slot("query", "my secret crush song"));

        String all = log.all();
        assertFalse(all.isEmpty());
        assertNoSecretIn(log.written(), List.of(secret("the user's token", AlexaRequest.ACCESS_TOKEN),
                secret("the client secret", FakeSpotify.CLIENT_SECRET),
                secret("the search query", "my secret crush song")));
        assertFalse(all.contains("eyJ"), "no app token (a JWT) at all:\n" + all);
    }

    private void stubSearch(String fixture) {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(Fixtures.read("spotify/" + fixture))));
    }
}
