package io.github.musicbutler.screens;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.FakeSpotify.json;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static io.github.musicbutler.support.FakeSpotify.error;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.Fixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Answers on a device with a screen: the same speech, plus a RenderDocument whose data name what the voice says.
 * Every answer of every feature test is also held to {@code ScreenCheck} (no APL without a screen, every binding
 * resolved, the size budget).
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class ScreensTest {

    static final String RENDER = "response.directives.find { it.type == 'Alexa.Presentation.APL.RenderDocument' }";

    FakeSpotify spotify;

    @Test
    void whatsPlayingOnAScreenShowsTheTrackTheVoiceNamesAndWhereItPlays() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(json("player.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));

        ask(AlexaRequest.intent("WhatsPlayingIntent").onScreen())
                .body("response.outputSpeech.ssml", is("<speak>This is Get Lucky by Daft Punk, Pharrell Williams and "
                        + "Nile Rodgers. It's from your playlist Road Trip 2024.</speak>"))
                .body(RENDER + ".document.src", is("doc://alexa/apl/documents/NowPlaying"))
                .body(RENDER + ".token", is("NowPlaying"))
                .body(RENDER + ".datasources.screen.title", is("Get Lucky"))
                .body(RENDER + ".datasources.screen.byline", is("Daft Punk, Pharrell Williams and Nile Rodgers"))
                .body(RENDER + ".datasources.screen.from", is("It's from your playlist Road Trip 2024."))
                .body(RENDER + ".datasources.screen.device", is("Kitchen Speaker"))
                .body(RENDER + ".datasources.screen.imageUrl",
                        is("https://i.scdn.co/image/ab67616d0000b2739b9b36b0e22870b9f542d937"))
                .body(RENDER + ".datasources.screen.transport.playing", is(true))
                .body(RENDER + ".datasources.screen.transport.pause", is("Pause"));
    }

    @Test
    void aPausedSongOnAScreenOffersToResumeIt() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(okJson(
                FakeSpotify.fixture("player.json").replace("\"is_playing\": true", "\"is_playing\": false"))));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));

        ask(AlexaRequest.intent("WhatsPlayingIntent").onScreen().locale("it-IT"))
                .body(RENDER + ".datasources.screen.title", is("Get Lucky"))
                .body(RENDER + ".datasources.screen.transport.playing", is(false))
                .body(RENDER + ".datasources.screen.transport.resume", is("Riprendi"))
                .body(RENDER + ".datasources.screen.transport.pause", is("Pausa"));
    }

    @Test
    void openingTheSkillOnAScreenShowsWhatPlaysWithItsButtons() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(json("me.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(json("player.json")));

        ask(AlexaRequest.launch().onScreen())
                .body("response.outputSpeech.ssml", containsString("listening to Get Lucky"))
                .body(RENDER + ".document.src", is("doc://alexa/apl/documents/NowPlaying"))
                .body(RENDER + ".datasources.screen.title", is("Get Lucky"))
                .body(RENDER + ".datasources.screen.device", is("Kitchen Speaker"))
                .body(RENDER + ".datasources.screen.transport.playing", is(true))
                .body("response.shouldEndSession", is(false));
    }

    @Test
    void openingTheSkillOnAScreenWhilePausedShowsThePausedSongToResume() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(json("me.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(okJson(
                FakeSpotify.fixture("player.json").replace("\"is_playing\": true", "\"is_playing\": false"))));

        ask(AlexaRequest.launch().onScreen().locale("pt-BR"))
                .body("response.outputSpeech.ssml", containsString("Get Lucky, de Daft Punk, Pharrell Williams e Nile "
                        + "Rodgers, está em pausa."))
                .body(RENDER + ".document.src", is("doc://alexa/apl/documents/NowPlaying"))
                .body(RENDER + ".datasources.screen.transport.playing", is(false))
                .body(RENDER + ".datasources.screen.transport.resume", is("Retomar"));
    }

    @Test
    void openingTheSkillOnAScreenWhileNothingPlaysShowsTheWelcomeAndWhatToAskFor() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(json("me.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(noContent()));

        ask(AlexaRequest.launch().onScreen().locale("de-DE"))
                .body(RENDER + ".document.src", is("doc://alexa/apl/documents/Message"))
                .body(RENDER + ".datasources.screen.header", is("Willkommen beim Musik Butler, Anna Schmidt!"))
                .body(RENDER + ".datasources.screen.text", startsWith("Frag mich nach deinen Playlists"))
                .body("response.shouldEndSession", is(false));
    }

    @Test
    void whatsPlayingWithoutAScreenSendsNoDocument() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/currently-playing")).willReturn(json("currently-playing.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));

        ask(AlexaRequest.intent("WhatsPlayingIntent"))
                .body("response.directives", nullValue())
                .body("response.card.title", is("Get Lucky"));
    }

    @Test
    void aScreenSpeaksTheListenersLanguage() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(json("player.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));

        ask(AlexaRequest.intent("WhatsPlayingIntent").locale("de-DE").onScreen("ROUND", 480, 480, 160))
                .body(RENDER + ".datasources.screen.header", is("Läuft gerade"))
                .body(RENDER + ".datasources.screen.transport.next", is("Weiter"));
    }

    @Test
    void playlistsOnAScreenAreThePageTheVoiceReadsAndATouchPlaysOne() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(okJson(firstPlaylists(5))));

        ask(AlexaRequest.intent("ListPlaylistsIntent").onScreen())
                .body("response.outputSpeech.ssml", containsString("Running Mix, Chill Vibes, Road Trip 2024"))
                .body(RENDER + ".document.src", is("doc://alexa/apl/documents/ItemList"))
                .body(RENDER + ".datasources.screen.header", is("Your playlists (12)"))
                .body(RENDER + ".datasources.screen.items", hasSize(5))
                .body(RENDER + ".datasources.screen.items[0].primaryText", is("Running Mix"))
                .body(RENDER + ".datasources.screen.items[1].primaryText", is("Chill Vibes"))
                .body(RENDER + ".datasources.screen.items[0].event", is("play"))
                .body(RENDER + ".datasources.screen.items[0].target", is("spotify:playlist:3cEYpjA9oz9GiPac4AsH4n"));
    }

    @Test
    void searchResultsOnAScreenAreTheNumberedChoicesTheVoiceOffers() {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(okJson(Fixtures.read("spotify/search-anything.json"))));

        ask(AlexaRequest.intent("SearchIntent").slot("query", "daft punk").onScreen())
                .body("response.outputSpeech.ssml", containsString("I found One More Time by Daft Punk"))
                .body(RENDER + ".document.src", is("doc://alexa/apl/documents/ItemList"))
                .body(RENDER + ".datasources.screen.header", is("Search results"))
                .body(RENDER + ".datasources.screen.items", hasSize(3))
                .body(RENDER + ".datasources.screen.items[0].primaryText", is("One More Time"))
                .body(RENDER + ".datasources.screen.items[0].event", is("choose"))
                .body(RENDER + ".datasources.screen.items[0].target", is("1"))
                .body(RENDER + ".datasources.screen.items[2].primaryText", is("Random Access Memories"))
                .body(RENDER + ".datasources.screen.items[2].target", is("3"));
    }

    @Test
    void someoneWhoHasNotLinkedSeesHowToLink() {
        ask(AlexaRequest.intent("ListPlaylistsIntent").unlinked().onScreen())
                .body("response.card.type", is("LinkAccount"))
                .body(RENDER + ".document.src", is("doc://alexa/apl/documents/Message"))
                .body(RENDER + ".datasources.screen.header", is("Link your Spotify"))
                .body(RENDER + ".datasources.screen.text", is("To use your Spotify, please link your account first. "
                        + "I've sent a card to your Alexa app: open it and sign in to Spotify."));
    }

    @Test
    void aFailureIsShownAsTheVoiceSaysIt() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/pause")).willReturn(error(404, "error-no-active-device.json")));

        ask(AlexaRequest.intent("AMAZON.PauseIntent").locale("de-DE").onScreen())
                .body("response.outputSpeech.ssml", is("<speak>Ich finde keinen aktiven Spotify-Player. Öffne Spotify "
                        + "auf deinem Handy, Computer oder Lautsprecher und versuch es dann noch einmal.</speak>"))
                .body(RENDER + ".document.src", is("doc://alexa/apl/documents/Message"))
                .body(RENDER + ".datasources.screen.header", is("Das hat nicht geklappt"))
                .body(RENDER + ".datasources.screen.text", is("Ich finde keinen aktiven Spotify-Player. Öffne Spotify "
                        + "auf deinem Handy, Computer oder Lautsprecher und versuch es dann noch einmal."));
    }

    @Test
    void premiumRequiredWithoutAScreenIsSpokenOnly() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/pause")).willReturn(error(403, "error-premium-required.json")));

        ask(AlexaRequest.intent("AMAZON.PauseIntent"))
                .body("response.outputSpeech.ssml", containsString("Spotify Premium"))
                .body("response.directives", nullValue());
    }

    @Test
    void devicesOnAScreenAreTheOnesTheVoiceNamesEachTouchableToMoveTheMusic() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices-playing.json")));

        ask(AlexaRequest.intent("ListDevicesIntent").onScreen())
                .body("response.outputSpeech.ssml", containsString("Kitchen Speaker, Anna&apos;s iPhone and Wohnzimmer Fernseher"))
                .body(RENDER + ".document.src", is("doc://alexa/apl/documents/ItemList"))
                .body(RENDER + ".datasources.screen.header", is("Your Spotify devices"))
                .body(RENDER + ".datasources.screen.items.primaryText",
                        contains("Kitchen Speaker", "Anna's iPhone (playing)", "Wohnzimmer Fernseher"))
                .body(RENDER + ".datasources.screen.items[0].event", is("device"))
                .body(RENDER + ".datasources.screen.items[0].target", is("5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e"));
    }

    @Test
    void topTracksOnAScreenAreTheRankingTheVoiceReadsWithTheirCoversEachTouchableToPlayIt() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/top/tracks")).willReturn(json("top-tracks.json")));

        ask(AlexaRequest.intent("TopTracksIntent").onScreen())
                .body("response.outputSpeech.ssml", containsString("Titanium by David Guetta and Sia"))
                .body(RENDER + ".datasources.screen.items", hasSize(3))
                .body(RENDER + ".datasources.screen.items[0].primaryText", is("Titanium by David Guetta and Sia"))
                .body(RENDER + ".datasources.screen.items[0].imageSource", startsWith("https://"))
                .body(RENDER + ".datasources.screen.hint", is("Touch one to play it."))
                .body(RENDER + ".datasources.screen.items[1].event", is("choose"))
                .body(RENDER + ".datasources.screen.items[1].target", is("2"));
    }

    @Test
    void topArtistsOnAScreenInGerman() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/top/artists")).willReturn(json("top-artists.json")));

        ask(AlexaRequest.intent("TopArtistsIntent").locale("de-DE").onScreen())
                .body(RENDER + ".datasources.screen.items[2].primaryText", is("Die Ärzte"));
    }

    @Test
    void aPlaylistsContentsOnAScreenAreTheSongsTheVoiceReadsEachTouchableToStartThere() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/playlists/3cEYpjA9oz9GiPac4AsH4n/items")).willReturn(json("playlist-items.json")));

        ask(AlexaRequest.intent("PlaylistContentsIntent").slot("playlist", "running mix").onScreen())
                .body("response.outputSpeech.ssml", containsString("Titanium by David Guetta and Sia, Get Lucky by Daft Punk"))
                .body(RENDER + ".datasources.screen.header", is("Running Mix"))
                .body(RENDER + ".datasources.screen.items[0].primaryText", is("Titanium"))
                .body(RENDER + ".datasources.screen.items[0].secondaryText", is("David Guetta and Sia"))
                .body(RENDER + ".datasources.screen.hint", is("Touch a song to play the playlist from there."))
                .body(RENDER + ".datasources.screen.items[2].event", is("choose"))
                .body(RENDER + ".datasources.screen.items[2].target", is("3"));
    }

    @Test
    void likedSongsOnAScreenAreWhatStartsPlayingEachTouchableToStartThere() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/tracks")).willReturn(json("liked-songs.json")));
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/play")).willReturn(noContent()));

        ask(AlexaRequest.intent("PlayLikedSongsIntent").onScreen())
                .body(RENDER + ".datasources.screen.header", is("Liked Songs"))
                .body(RENDER + ".datasources.screen.items.primaryText", contains("Espresso", "Birds of a Feather", "Get Lucky"))
                .body(RENDER + ".datasources.screen.items[1].event", is("liked"))
                .body(RENDER + ".datasources.screen.items[1].target", is("spotify:track:6dOtVTDdiauQNBQEDOtlAB"));
    }

    @Test
    void followedPodcastsOnAScreenAreTheShowsTheVoiceNamesEachTouchableToPlay() {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/shows")).willReturn(json("followed-shows.json")));

        ask(AlexaRequest.intent("ListPodcastsIntent").onScreen())
                .body(RENDER + ".document.src", is("doc://alexa/apl/documents/ItemList"))
                .body(RENDER + ".datasources.screen.items.primaryText", contains("The Daily"))
                .body(RENDER + ".datasources.screen.items[0].imageSource", startsWith("https://"))
                .body(RENDER + ".datasources.screen.items[0].event", is("choose"))
                .body(RENDER + ".datasources.screen.items[0].target", is("1"));
    }

    /** The first {@code count} of the twelve playlists of {@code my-playlists.json}, as a page of Spotify's. */
    static String firstPlaylists(int count) {
        try {
            ObjectNode page = (ObjectNode) new ObjectMapper().readTree(Fixtures.read("spotify/my-playlists.json"));
            ArrayNode items = (ArrayNode) page.get("items");
            while (items.size() > count) {
                items.remove(items.size() - 1);
            }
            page.put("limit", count);
            page.put("next", "https://api.spotify.com/v1/me/playlists?offset=" + count + "&limit=" + count);
            return page.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
