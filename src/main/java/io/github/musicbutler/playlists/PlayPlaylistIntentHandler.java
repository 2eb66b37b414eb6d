package io.github.musicbutler.playlists;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.devices.DeviceFinder;
import io.github.musicbutler.devices.UnknownDevice;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.matching.SpokenNameMatcher;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Device;
import io.github.musicbutler.spotify.Playlist;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.tuples.Tuple2;

/**
 * "Play Running Mix (on the kitchen speaker)": finds the playlist among all of the user's playlists by what Alexa
 * heard. A clear winner plays; two close ones get "Did you mean A or B?", a near one "Did you mean A?" (answered
 * next turn, see {@link PlaylistChoice}); nothing near gets an honest answer. Also takes the answer to that question
 * when the user says a name.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlayPlaylistIntentHandler extends LinkedAccountHandler {

    private final Spotify spotify;
    private final PlaylistStarter starter;

    PlayPlaylistIntentHandler(Spotify spotify, PlaylistStarter starter) {
        this.spotify = spotify;
        this.starter = starter;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("PlayPlaylistIntent"));
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, String accessToken) {
        Speech speech = Speech.of(input);
        Optional<String> heard = Slots.value(input, "playlist");
        if (heard.isEmpty()) {
            return PlaylistPrompts.which(input, speech);
        }
        SpotifySession session = spotify.of(input, accessToken);
        Optional<PlaylistChoice.Target> device = PlaylistChoice.device(input);
        // An answer to "Did you mean A or B?" names one of them: no need to ask Spotify for every playlist.
        List<PlaylistChoice.Offered> offered = PlaylistChoice.offered(input);
        if (!offered.isEmpty()) {
            if (SpokenNameMatcher.match(heard.get(), offered, PlaylistChoice.Offered::name)
                    instanceof Match.Clear<PlaylistChoice.Offered> answer) {
                return starter.play(input, session, answer.choice(), device.orElse(null));
            }
            Optional<PlaylistChoice.Offered> byPosition = PlaylistChoice.byPosition(offered, heard.get());
            if (byPosition.isPresent()) {
                return starter.play(input, session, byPosition.get(), device.orElse(null));
            }
        }
        Optional<String> deviceHeard = Slots.value(input, "device");
        List<Playlist> playlists;
        if (deviceHeard.isPresent()) {
            Tuple2<List<Playlist>, List<Device>> both = session.await(
                    Uni.combine().all().unis(session.allPlaylists(), session.devices()).asTuple());
            playlists = both.getItem1();
            Optional<Device> found = DeviceFinder.find(deviceHeard.get(), both.getItem2());
            if (found.isEmpty()) {
                return UnknownDevice.answer(input, speech, deviceHeard.get(), both.getItem2());
            }
            device = found.map(d -> new PlaylistChoice.Target(d.id(), d.name()));
        } else {
            playlists = session.await(session.allPlaylists());
        }
        PlaylistChoice.Target target = device.orElse(null);
        return switch (SpokenNameMatcher.match(heard.get(), playlists, Playlist::name)) {
            case Match.Clear<Playlist> clear -> starter.play(input, session, PlaylistChoice.Offered.of(clear.choice()), target);
            case Match.Close<Playlist> close -> {
                PlaylistChoice.offer(input, List.of(close.first(), close.second()), target);
                String question = speech.say("playlists.didYouMean", close.first().name(), close.second().name());
                yield input.getResponseBuilder().withSpeech(question).withReprompt(question).build();
            }
            case Match.Suggestion<Playlist> near -> {
                PlaylistChoice.offer(input, List.of(near.guess()), target);
                yield input.getResponseBuilder()
                        .withSpeech(speech.say("playlists.suggest", heard.get(), near.guess().name()))
                        .withReprompt(speech.say("playlists.suggest.reprompt", near.guess().name())).build();
            }
            case Match.None<Playlist> none -> {
                PlaylistChoice.close(input);
                yield PlaylistPrompts.notFound(input, speech, heard.get());
            }
        };
    }
}
