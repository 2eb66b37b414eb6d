package io.github.musicbutler.playlists;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.BEARER;
import static io.github.musicbutler.support.FakeSpotify.error;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** "Add this song to Running Mix": the playing song onto one of the listener's own playlists. */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class AddToPlaylistTest {

    FakeSpotify spotify;

    private static final String RUNNING_MIX_ITEMS = "/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items";
    private static final String ANY_ITEMS = "/v1/playlists/[^/]+/items";
    private static final String GET_LUCKY = "spotify:track:69kOkLUCkxIZYexIgSG8rq";

    /** Anna (me.json) is listening to Get Lucky on the kitchen speaker; all of her playlists are her own. */
    @BeforeEach
    void annaListening() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(json("me.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(json("player.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));
        spotify.stubFor(post(urlPathMatching(ANY_ITEMS)).willReturn(json("playlist-snapshot.json").withStatus(201)));
    }

    @Test
    void addsThePlayingSongToTheEndOfThePlaylistNamed() {
        ask(AlexaRequest.intent("AddToPlaylistIntent").slot("playlist", "running mix"))
                .body("response.outputSpeech.ssml", is("<speak>I've added Get Lucky by Daft Punk, Pharrell Williams "
                        + "and Nile Rodgers to Running Mix.</speak>"))
                .body("response.card.title", is("Get Lucky"))
                .body("response.card.text", is("By Daft Punk, Pharrell Williams and Nile Rodgers. Added to Running Mix."))
                .body("response.shouldEndSession", is(true));

        spotify.verify(postRequestedFor(urlPathEqualTo(RUNNING_MIX_ITEMS))
                .withRequestBody(equalToJson("{\"uris\": [\"" + GET_LUCKY + "\"]}"))
                .withHeader("Authorization", equalTo(BEARER)));
    }

    @Test
    void addsInGerman() {
        ask(AlexaRequest.intent("AddToPlaylistIntent").slot("playlist", "running mix").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Ich habe Get Lucky von Daft Punk, Pharrell Williams "
                        + "und Nile Rodgers zu Running Mix hinzugefügt.</speak>"))
                .body("response.card.text", is("Von Daft Punk, Pharrell Williams und Nile Rodgers. Zu Running Mix hinzugefügt."));

        spotify.verify(postRequestedFor(urlPathEqualTo(RUNNING_MIX_ITEMS))
                .withRequestBody(equalToJson("{\"uris\": [\"" + GET_LUCKY + "\"]}")));
    }

    @Test
    void aNearNameIsTakenAndTheAnswerSaysWhichPlaylistItWentTo() {
        ask(AlexaRequest.intent("AddToPlaylistIntent").slot("playlist", "running mixes"))
                .body("response.outputSpeech.ssml", is("<speak>I've added Get Lucky by Daft Punk, Pharrell Williams "
                        + "and Nile Rodgers to Running Mix.</speak>"));

        spotify.verify(postRequestedFor(urlPathEqualTo(RUNNING_MIX_ITEMS)));
    }

    @Test
    void aPlaylistTheListenerOnlyFollowsIsRefusedAndNothingIsSent() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists-shared.json")));

        ask(AlexaRequest.intent("AddToPlaylistIntent").slot("playlist", "running mix"))
                .body("response.outputSpeech.ssml", is("<speak>Running Mix belongs to Jonas Weber. I can only add "
                        + "songs to your own playlists.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(exactly(0), postRequestedFor(urlPathMatching(ANY_ITEMS)));
    }

    @Test
    void aPlaylistTheListenerOnlyFollowsIsRefusedInGerman() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists-shared.json")));

        ask(AlexaRequest.intent("AddToPlaylistIntent").slot("playlist", "running mix").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Running Mix gehört Jonas Weber. Ich kann Songs nur zu "
                        + "deinen eigenen Playlists hinzufügen.</speak>"));

        spotify.verify(exactly(0), postRequestedFor(urlPathMatching(ANY_ITEMS)));
    }

    @Test
    void aCollaborativePlaylistOfSomeoneElseTakesTheSong() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists-shared.json")));

        ask(AlexaRequest.intent("AddToPlaylistIntent").slot("playlist", "road trip with lea"))
                .body("response.outputSpeech.ssml", is("<speak>I've added Get Lucky by Daft Punk, Pharrell Williams "
                        + "and Nile Rodgers to Road Trip with Lea.</speak>"));

        spotify.verify(postRequestedFor(urlPathEqualTo("/v1/playlists/5QbTqYvZ7nA3cJ8kL2mN4p/items"))
                .withRequestBody(equalToJson("{\"uris\": [\"" + GET_LUCKY + "\"]}")));
    }

    @Test
    void withoutAPlaylistNameItAsksWhichPlaylist() {
        ask(AlexaRequest.intent("AddToPlaylistIntent").emptySlot("playlist"))
                .body("response.outputSpeech.ssml", is("<speak>Which playlist should I add this song to?</speak>"))
                .body("response.directives[0].type", is("Dialog.ElicitSlot"))
                .body("response.directives[0].slotToElicit", is("playlist"))
                .body("response.directives[0].updatedIntent.name", is("AddToPlaylistIntent"))
                .body("response.shouldEndSession", is(false));

        spotify.verify(exactly(0), getRequestedFor(urlPathEqualTo("/v1/me/playlists")));
    }

    @Test
    void aNameNoPlaylistIsNearIsAskedForAgain() {
        ask(AlexaRequest.intent("AddToPlaylistIntent").slot("playlist", "gardening podcasts").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Eine Playlist namens gardening podcasts habe ich nicht "
                        + "gefunden. Zu welcher Playlist soll ich diesen Song hinzufügen?</speak>"))
                .body("response.directives[0].slotToElicit", is("playlist"))
                .body("response.directives[0].updatedIntent.name", is("AddToPlaylistIntent"));

        spotify.verify(exactly(0), postRequestedFor(urlPathMatching(ANY_ITEMS)));
    }

    @Test
    void nothingPlayingAddsNothingAndAsksNothing() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(noContent()));

        ask(AlexaRequest.intent("AddToPlaylistIntent").slot("playlist", "running mix").locale("de-DE"))
                .body("response.outputSpeech.ssml", is("<speak>Gerade läuft nichts, also kann ich auch nichts zu "
                        + "einer Playlist hinzufügen.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(exactly(0), postRequestedFor(urlPathMatching(ANY_ITEMS)));
    }

    @Test
    void anEpisodeIsNotAddedToAPlaylist() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(json("player-episode.json")));

        ask(AlexaRequest.intent("AddToPlaylistIntent").slot("playlist", "running mix"))
                .body("response.outputSpeech.ssml", is("<speak>An episode is playing right now. I can only add songs "
                        + "to a playlist.</speak>"))
                .body("response.shouldEndSession", is(true));

        spotify.verify(exactly(0), postRequestedFor(urlPathMatching(ANY_ITEMS)));
    }

    @Test
    void spotifyRefusingTheChangeIsSpokenByTheOneFailurePath() {
        spotify.stubFor(post(urlPathEqualTo(RUNNING_MIX_ITEMS)).willReturn(error(403, "error-playlist-not-yours.json")));

        ask(AlexaRequest.intent("AddToPlaylistIntent").slot("playlist", "running mix"))
                .body("response.outputSpeech.ssml", is("<speak>Spotify doesn't allow that right now.</speak>"))
                .body("response.shouldEndSession", is(true));
    }

    @Test
    void spotifyBusyIsSpokenByTheOneFailurePath() {
        spotify.stubFor(post(urlPathEqualTo(RUNNING_MIX_ITEMS))
                .willReturn(error(429, "error-429.json").withHeader("Retry-After", "30")));

        ask(AlexaRequest.intent("AddToPlaylistIntent").slot("playlist", "running mix"))
                .body("response.outputSpeech.ssml", is("<speak>Spotify is busy right now. Please try again in a minute.</speak>"));
    }

    @Test
    void unlinkedListenersAreAskedToLinkTheirAccount() {
        ask(AlexaRequest.intent("AddToPlaylistIntent").slot("playlist", "running mix").unlinked())
                .body("response.card.type", is("LinkAccount"));

        spotify.verify(exactly(0), postRequestedFor(urlPathMatching(ANY_ITEMS)));
    }
}
