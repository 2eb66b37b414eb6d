package io.github.musicbutler.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.devices.DeviceFinder;
import io.github.musicbutler.devices.UnknownDevice;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedIntentHandler;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.reply.Places;
import io.github.musicbutler.reply.Playables;
import io.github.musicbutler.screens.ListScreen;
import io.github.musicbutler.screens.Screens;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.AndDevices;
import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.Page;
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.SavedTrack;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Play my liked songs (on the kitchen speaker)": the newest {@value LikedSongs#LIMIT} of the
 * user's liked songs ({@code GET /me/tracks}), started as song URIs ({@code PUT /me/player/play} with {@code uris}:
 * the Web API offers no context URI for them), on the device named or the active one. An empty library is said
 * as such. Refusals (Premium, no active device) are spoken by {@code SpotifyFailureHandler}.
 */
abstract class LikedSongsHandler extends LinkedIntentHandler {

    /** How many liked songs the screen lists: what fits a screen and keeps the response small. */
    static final int ON_SCREEN = 10;

    private final String deviceSlot;
    private final boolean shuffled;

    LikedSongsHandler(String intent, String deviceSlot, boolean shuffled) {
        super(intent);
        this.deviceSlot = deviceSlot;
        this.shuffled = shuffled;
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        Optional<String> heard = Slots.value(input, deviceSlot);
        LikedSongs liked;
        if (heard.isPresent()) {
            AndDevices<Page<SavedTrack>> both = spotify.andDevices(() -> spotify.savedTracks(LikedSongs.LIMIT));
            liked = LikedSongs.of(both.read(), both.devices());
        } else {
            liked = LikedSongs.of(spotify.savedTracks(LikedSongs.LIMIT), List.of());
        }
        if (liked.songs().isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("liked.empty").ssml())
                    .withShouldEndSession(true).build();
        }
        Device device = null;
        if (heard.isPresent()) {
            Optional<Device> found = DeviceFinder.find(speech, heard.get(), liked.devices());
            if (found.isEmpty()) {
                return UnknownDevice.answer(input, speech, heard.get(), liked.devices());
            }
            device = found.get();
        }
        List<String> uris = new ArrayList<>(liked.songs().stream().map(PlayableItem::uri).toList());
        String deviceId = device == null ? null : device.id();
        if (shuffled) {
            // Spotify's shuffle mixes what comes after the song that starts: the list itself is mixed too, or the
            // newest song would always come first.
            Collections.shuffle(uris);
        }
        spotify.playSongs(uris, deviceId);
        if (shuffled) {
            // After the start, on the device it started on: before it, no device may be active yet to take it.
            spotify.shuffle(true, deviceId);
        }
        Phrase what = liked.cutShort() ? speech.say("liked.newest", liked.songs().size()) : speech.say("liked.songs");
        String verb = shuffled ? "play.shuffling" : "play.started";
        Phrase said = device == null ? speech.say(verb, what) : speech.say(verb + "On", what, Places.of(speech, device));
        var response = Cards.withArtwork(input.getResponseBuilder(), speech.say("liked.card").text(), said.text(),
                liked.songs().getFirst().artwork());
        // the newest of what plays (in the order it plays when not shuffled): a screenful, not all fifty; a touch
        // starts them again with that song
        Screens.show(input, response, new ListScreen(speech.say("liked.card").text(), said.text(), liked.songs().stream()
                .limit(ON_SCREEN)
                .map(song -> ListScreen.Item.of(song.name(), Playables.byline(speech, song).text(), song.artwork(),
                        Touch.LIKED, song.uri()))
                .toList()));
        return response
                .withSpeech(said.ssml())
                .withShouldEndSession(true)
                .build();
    }
}
