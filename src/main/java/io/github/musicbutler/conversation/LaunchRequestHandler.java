package io.github.musicbutler.conversation;

import static com.amazon.ask.request.Predicates.requestType;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.AccountLinking;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.Playback;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;
import io.github.musicbutler.spotify.UserProfile;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.tuples.Tuple2;

/**
 * "Alexa, open music butler": a welcome, and for users who have not linked Spotify yet, how to do it. Linked users
 * are greeted by name and told what is playing where; profile and player state are read at the same time.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class LaunchRequestHandler implements RequestHandler {

    private final AccountLinking accountLinking;
    private final Spotify spotify;

    LaunchRequestHandler(AccountLinking accountLinking, Spotify spotify) {
        this.accountLinking = accountLinking;
        this.spotify = spotify;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(LaunchRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Optional<String> accessToken = accountLinking.accessToken(input);
        if (accessToken.isEmpty()) {
            return accountLinking.askToLink(input, "welcome.unlinked");
        }
        SpotifySession session = spotify.of(input, accessToken.get());
        Tuple2<UserProfile, Optional<Playback>> state = session.await(
                Uni.combine().all().unis(session.profile(), session.playback()).asTuple());
        Speech speech = Speech.of(input);
        String name = state.getItem1().displayName();
        StringBuilder welcome = new StringBuilder(name == null || name.isBlank()
                ? speech.say("welcome.greeting") : speech.say("welcome.greeting.named", name));
        state.getItem2().filter(playback -> playback.isPlaying() && playback.item() != null).ifPresent(playback -> {
            String byline = playback.item().byline(speech.text("list.and"));
            welcome.append(' ').append(playback.device() == null
                    ? speech.say("welcome.playing", playback.item().name(), byline)
                    : speech.say("welcome.playingOn", playback.item().name(), byline, playback.device().name()));
        });
        welcome.append(' ').append(speech.say("welcome.linked"));
        return input.getResponseBuilder()
                .withSpeech(welcome.toString())
                .withReprompt(speech.say("welcome.reprompt"))
                .build();
    }
}
