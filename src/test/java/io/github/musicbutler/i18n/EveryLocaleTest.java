package io.github.musicbutler.i18n;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.FakeSpotify.error;
import static io.github.musicbutler.support.FakeSpotify.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.musicbutler.reply.Places;
import io.github.musicbutler.support.Alexa;
import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/**
 * Every scenario a listener meets, in every locale the skill publishes, through the real function: each answer is
 * the locale's own text for it (as {@link SpeechCatalog} gives it, so no language needs test data of its own), the
 * right Spotify call is made, and no answer in a language other than English says anything in English. What each
 * scenario does in detail is specified by its own feature test; this one holds them to every language.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class EveryLocaleTest {

    private static final String LOCALES = "io.github.musicbutler.support.SkillLocales#all";
    private static final String PLAY = "/v1/me/player/play";
    private static final String RUNNING_MIX = "spotify:playlist:3cEYpjA9oz9GiPac4AsH4n";
    private static final String KITCHEN_SPEAKER = "5fbb3ba6aa454b5534c4ba43a8c7e8e45a63ad0e";
    private static final String SPEECH = "response.outputSpeech.ssml";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The English texts, each cut into the parts a translation must not keep: see {@link #englishFragments()}. */
    private static final Pattern SENTENCE = Pattern.compile("\\p{Lu}.*[.!?]");
    private static final Map<String, String> ENGLISH = englishFragments();

    FakeSpotify spotify;

    // ---- conversation ----

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void launchGreetsTheLinkedListenerByNameAndSaysWhatIsPlaying(String locale) {
        spotify.stubFor(get(urlPathEqualTo("/v1/me")).willReturn(json("me.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(json("player.json")));
        Speech speech = speech(locale);

        askIn(locale, AlexaRequest.launch())
                .body(SPEECH, containsString(speech.say("welcome.greeting.named", "Anna Schmidt")
                        .then(speech.say("welcome.playingOn", "Get Lucky",
                                names(speech, "Daft Punk", "Pharrell Williams", "Nile Rodgers"),
                                Places.of(speech, "Kitchen Speaker")))
                        .then(speech.say("welcome.linked")).ssml()))
                .body("response.reprompt.outputSpeech.ssml", containsString(speech.say("welcome.reprompt").ssml()));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/me")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void launchUnlinkedExplainsLinkingWithALinkAccountCard(String locale) {
        askIn(locale, AlexaRequest.launch().unlinked())
                .body(SPEECH, containsString(speech(locale).say("welcome.unlinked").ssml()))
                .body("response.card.type", is("LinkAccount"));

        spotify.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void helpSaysWhatTheSkillDoesWithExamplesOnTheCard(String locale) {
        Speech speech = speech(locale);

        askIn(locale, AlexaRequest.intent("AMAZON.HelpIntent"))
                .body(SPEECH, containsString(speech.say("help").ssml()))
                .body(SPEECH, containsString(speech.say("help.ask").ssml()))
                .body("response.card.title", is(speech.say("card.title").text()))
                .body("response.card.content", containsString(speech.say("help.card").text()));
    }

    // ---- the listener's playlists ----

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void listPlaylistsSaysHowManyAndTheFirstOnes(String locale) {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).withQueryParam("offset", equalTo("0"))
                .willReturn(okJson(firstFiveOfTwelvePlaylists())));
        Speech speech = speech(locale);

        askIn(locale, AlexaRequest.intent("ListPlaylistsIntent"))
                .body(SPEECH, containsString(speech.say("playlists.first", 12,
                        names(speech, "Running Mix", "Chill Vibes", "Road Trip 2024", "Top Hits 2020", "80s Hits"))
                        .ssml()))
                .body("response.card.title", is(speech.say("playlists.card", 12).text()));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/me/playlists")).withQueryParam("limit", equalTo("5")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void playAPlaylistByNameOnADevice(String locale) {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/devices")).willReturn(json("devices.json")));
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
        Speech speech = speech(locale);

        askIn(locale, AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "running mix")
                .slot("device", "kitchen speaker"))
                .body(SPEECH, containsString(speech.say("play.startedOn", speech.say("playable.yours", "Running Mix"),
                        Places.of(speech, "Kitchen Speaker")).ssml()))
                .body("response.card.title", is("Running Mix"));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withQueryParam("device_id", equalTo(KITCHEN_SPEAKER))
                .withRequestBody(equalToJson("{\"context_uri\": \"" + RUNNING_MIX + "\"}")));
    }

    // ---- anything on Spotify ----

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void playASongByAnArtist(String locale) {
        searchFinds("search-song-bohemian-rhapsody-by-queen.json");
        Speech speech = speech(locale);

        askIn(locale, AlexaRequest.intent("PlaySongIntent").slot("song", "bohemian rhapsody").slot("artist", "queen"))
                .body(SPEECH, containsString(speech.say("play.started",
                        speech.say("playable.track.by", "Bohemian Rhapsody", "Queen")).ssml()));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson("""
                {"uris": ["spotify:track:4u7EnebtmKWzUH433cf5Qv"]}""")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void playAnArtist(String locale) {
        searchFinds("search-artist-adele.json");
        Speech speech = speech(locale);

        askIn(locale, AlexaRequest.intent("PlayArtistIntent").slot("artist", "adele"))
                .body(SPEECH, containsString(speech.say("play.started", speech.say("playable.artist", "Adele")).ssml()));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson("""
                {"context_uri": "spotify:artist:4dpARuHxo51G3z768sgnrY"}""")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void playAnAlbum(String locale) {
        searchFinds("search-album-random-access-memories.json");
        Speech speech = speech(locale);

        askIn(locale, AlexaRequest.intent("PlayAlbumIntent").slot("album", "random access memories"))
                .body(SPEECH, containsString(speech.say("play.started",
                        speech.say("playable.album.by", "Random Access Memories", "Daft Punk")).ssml()));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson("""
                {"context_uri": "spotify:album:4m2880jivSbbyEGAKfITCa"}""")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void searchReadsTheResultsAndOffersToPlayOne(String locale) {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(json("search-anything.json")));
        Speech speech = speech(locale);

        askIn(locale, AlexaRequest.intent("SearchIntent").slot("query", "daft punk"))
                .body(SPEECH, containsString(speech.say("search.found", "Daft Punk", SpokenList.join(speech, List.of(
                        speech.say("playable.track.by", "One More Time", "Daft Punk"),
                        speech.say("playable.artist", "Daft Punk"),
                        speech.say("playable.album.by", "Random Access Memories", "Daft Punk"))))
                        .then(speech.say("search.choose")).ssml()))
                .body("response.reprompt.outputSpeech.ssml", containsString(speech.say("search.choose.reprompt").ssml()));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/search")).withQueryParam("q", equalTo("daft punk")));
    }

    // ---- the listener's library and player ----

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void playTheLikedSongs(String locale) {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/tracks")).willReturn(json("liked-songs.json")));
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
        Speech speech = speech(locale);

        askIn(locale, AlexaRequest.intent("PlayLikedSongsIntent"))
                .body(SPEECH, containsString(speech.say("play.started", speech.say("liked.songs")).ssml()))
                .body("response.card.title", is(speech.say("liked.card").text()));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY)).withRequestBody(equalToJson("""
                {"uris": ["spotify:track:2qSkIjg1o9h3YT9RAgYN75", "spotify:track:6dOtVTDdiauQNBQEDOtlAB",
                          "spotify:track:69kOkLUCkxIZYexIgSG8rq"]}""")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void nowPlayingNamesTheSongItsArtistsAndThePlaylist(String locale) {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player/currently-playing")).willReturn(json("currently-playing.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));
        Speech speech = speech(locale);

        askIn(locale, AlexaRequest.intent("WhatsPlayingIntent"))
                .body(SPEECH, containsString(speech.say("playing.track", "Get Lucky",
                        names(speech, "Daft Punk", "Pharrell Williams", "Nile Rodgers"))
                        .then(speech.say("playing.fromPlaylist", "Road Trip 2024")).ssml()))
                .body("response.card.title", is("Get Lucky"));

        spotify.verify(getRequestedFor(urlPathEqualTo("/v1/me/player/currently-playing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void pause(String locale) {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/pause")).willReturn(noContent()));

        askIn(locale, AlexaRequest.intent("AMAZON.PauseIntent"))
                .body(SPEECH, containsString(speech(locale).say("player.paused").ssml()));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/pause")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void next(String locale) {
        spotify.stubFor(post(urlPathEqualTo("/v1/me/player/next")).willReturn(noContent()));

        askIn(locale, AlexaRequest.intent("AMAZON.NextIntent"))
                .body(SPEECH, containsString(speech(locale).say("player.next").ssml()));

        spotify.verify(postRequestedFor(urlPathEqualTo("/v1/me/player/next")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void setTheVolume(String locale) {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/player")).willReturn(json("player.json")));
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/volume")).willReturn(noContent()));

        askIn(locale, AlexaRequest.intent("SetVolumeIntent").slot("volume", "40"))
                .body(SPEECH, containsString(speech(locale).say("volume.set", 40).ssml()));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/volume"))
                .withQueryParam("volume_percent", equalTo("40")));
    }

    // ---- failures ----

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void notLinkedAsksToLinkWithALinkAccountCard(String locale) {
        askIn(locale, AlexaRequest.intent("WhatsPlayingIntent").unlinked())
                .body(SPEECH, containsString(speech(locale).say("link.required").ssml()))
                .body("response.card.type", is("LinkAccount"));

        spotify.verify(0, anyRequestedFor(anyUrl()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void noActiveDeviceSaysHowToGetOne(String locale) {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/pause")).willReturn(error(404, "error-no-active-device.json")));

        askIn(locale, AlexaRequest.intent("AMAZON.PauseIntent"))
                .body(SPEECH, containsString(speech(locale).say("spotify.noActiveDevice").ssml()));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/pause")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void premiumRequiredIsExplained(String locale) {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(error(403, "error-premium-required.json")));

        askIn(locale, AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "running mix"))
                .body(SPEECH, containsString(speech(locale).say("spotify.premiumRequired").ssml()));

        spotify.verify(putRequestedFor(urlPathEqualTo(PLAY))
                .withRequestBody(equalToJson("{\"context_uri\": \"" + RUNNING_MIX + "\"}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource(LOCALES)
    void nothingFoundInThePlaylistsNorOnSpotifyAsksWhatElse(String locale) {
        spotify.stubFor(get(urlPathEqualTo("/v1/me/playlists")).willReturn(json("my-playlists.json")));
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(json("search-nothing.json")));
        Speech speech = speech(locale);

        askIn(locale, AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "heavy metal"))
                .body(SPEECH, containsString(speech.say("catalog.none.mine", "heavy metal")
                        .then(speech.say("catalog.what")).ssml()))
                .body("response.shouldEndSession", is(false));

        spotify.verify(0, putRequestedFor(urlPathEqualTo(PLAY)));
    }

    // ---- helpers ----

    /**
     * Sends the request in {@code locale} and, for a language other than English, checks that nothing the listener
     * hears or reads is a piece of an English text: a text missing from the language's file falls back to English.
     */
    private static ValidatableResponse askIn(String locale, AlexaRequest request) {
        ValidatableResponse answer = Alexa.ask(request.locale(locale));
        if (!Locale.forLanguageTag(locale).getLanguage().equals("en")) {
            JsonNode response = answerJson(answer).path("response");
            Map<String, String> said = new TreeMap<>();
            said.put("speech", plain(response.path("outputSpeech").path("ssml").asText()));
            said.put("reprompt", plain(response.path("reprompt").path("outputSpeech").path("ssml").asText()));
            said.put("card title", response.path("card").path("title").asText());
            said.put("card", response.path("card").path("content").asText() + response.path("card").path("text").asText());
            List<String> inEnglish = new ArrayList<>();
            said.forEach((where, text) -> ENGLISH.forEach((fragment, key) -> {
                if (text.contains(fragment)) {
                    inEnglish.add("\"" + fragment + "\" (" + key + ") in the " + where + ": " + text);
                }
            }));
            assertEquals(List.of(), inEnglish, locale + " answers in English");
        }
        return answer;
    }

    /**
     * The fixed parts of every English text, each with its key: the text cut at its arguments ({@code %s},
     * {@code %2$d}) and at {@code |} (the items of a list are said one by one), where a part is at least 15
     * characters long or a whole sentence ("Paused."). Shorter parts ("by", "and") may be the same in another
     * language, or part of a name.
     */
    private static Map<String, String> englishFragments() {
        Properties english = new Properties();
        try (InputStream in = EveryLocaleTest.class.getClassLoader().getResourceAsStream("messages/speech.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> fragments = new TreeMap<>();
        english.stringPropertyNames().forEach(key -> {
            String text = english.getProperty(key);
            for (String part : text.split("%(?:\\d+\\$)?[sd]|\\|")) {
                if (part.strip().length() >= 15 || part.equals(text) && SENTENCE.matcher(text).matches()) {
                    fragments.putIfAbsent(part.strip(), "speech.properties " + key);
                }
            }
        });
        return fragments;
    }

    /** What Alexa says, as text: without the SSML tags and escapes. */
    private static String plain(String ssml) {
        return ssml.replaceAll("<[^>]+>", "").replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    private static JsonNode answerJson(ValidatableResponse answer) {
        try {
            return JSON.readTree(answer.extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Speech speech(String locale) {
        return new SpeechCatalog().forLocale(locale);
    }

    private static Phrase names(Speech speech, String... names) {
        return SpokenList.names(speech, List.of(names));
    }

    private void searchFinds(String fixture) {
        spotify.stubFor(get(urlPathEqualTo("/v1/search")).willReturn(json(fixture)));
        spotify.stubFor(put(urlPathEqualTo(PLAY)).willReturn(noContent()));
    }

    /** The first page of five of the listener's twelve playlists, as Spotify pages {@code /me/playlists}. */
    private static String firstFiveOfTwelvePlaylists() {
        try {
            ObjectNode page = (ObjectNode) JSON.readTree(FakeSpotify.fixture("my-playlists.json"));
            ArrayNode all = (ArrayNode) page.get("items");
            ArrayNode five = JSON.createArrayNode();
            for (int i = 0; i < 5; i++) {
                five.add(all.get(i));
            }
            page.set("items", five);
            page.put("limit", 5).put("offset", 0).put("total", 12)
                    .put("href", "https://api.spotify.com/v1/me/playlists?offset=0&limit=5")
                    .put("next", "https://api.spotify.com/v1/me/playlists?offset=5&limit=5");
            return JSON.writeValueAsString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
