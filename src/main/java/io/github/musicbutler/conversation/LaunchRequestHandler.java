package io.github.musicbutler.conversation;

import static com.amazon.ask.request.Predicates.requestType;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.AccountLinking;
import io.github.musicbutler.reply.Places;
import io.github.musicbutler.reply.Playables;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.Playback;
import io.github.musicbutler.spotify.SpotifySession;
import io.github.musicbutler.spotify.UserProfile;
import io.smallrye.mutiny.tuples.Tuple2;

/**
 * "Alexa, open music butler": a welcome, and for users who have not linked Spotify yet, how to do it. Linked users
 * are greeted by name and told what is playing where; profile and player state are read at the same time.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class LaunchRequestHandler implements RequestHandler {

    private final AccountLinking accountLinking;

    LaunchRequestHandler(AccountLinking accountLinking) {
        this.accountLinking = accountLinking;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(LaunchRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<SpotifySession> linked = accountLinking.spotify(input);
        if (linked.isEmpty()) {
            return accountLinking.askToLink(input, "welcome.unlinked");
        }
        SpotifySession spotify = linked.get();
        Tuple2<UserProfile, Optional<Playback>> state = spotify.both(spotify::profile, spotify::playback);
        Speech speech = Speech.of(input);
        String name = state.getItem1().displayName();
        Phrase welcome = name == null || name.isBlank()
                ? speech.say("welcome.greeting") : speech.say("welcome.greeting.named", name);
        Optional<Playback> playing = state.getItem2().filter(playback -> playback.isPlaying() && playback.item() != null);
        if (playing.isPresent()) {
            Playback playback = playing.get();
            Phrase byline = Playables.byline(speech, playback.item());
            welcome = welcome.then(playback.device() == null
                    ? speech.say("welcome.playing", playback.item().name(), byline)
                    : speech.say("welcome.playingOn", playback.item().name(), byline, Places.of(speech, playback.device())));
        }
        return input.getResponseBuilder()
                .withSpeech(welcome.then(speech.say("welcome.linked")).ssml())
                .withReprompt(speech.say("welcome.reprompt").ssml())
                .build();
    }
}
