package io.github.musicbutler.conversation;

import static com.amazon.ask.request.Predicates.requestType;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.reply.LinkPrompts;
import io.github.musicbutler.reply.Places;
import io.github.musicbutler.reply.Playables;
import io.github.musicbutler.screens.MessageScreen;
import io.github.musicbutler.screens.NowPlayingScreen;
import io.github.musicbutler.screens.Screen;
import io.github.musicbutler.screens.Screens;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.Playback;
import io.github.musicbutler.spotify.ProfileAndPlayback;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Alexa, open music butler": a welcome, and for users who have not linked Spotify yet, how to do it. Linked users
 * are greeted by name and told what is playing where, or what is paused; profile and player state are read at the
 * same time. A screen shows what plays (or is paused, with its resume button), or the welcome.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class LaunchRequestHandler extends LinkedAccountHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(LaunchRequest.class));
    }

    @Override
    protected Optional<Response> handleUnlinked(HandlerInput input) {
        return LinkPrompts.askToLink(input, "welcome.unlinked");
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        ProfileAndPlayback state = spotify.profileAndPlayback();
        Speech speech = Speech.of(input);
        String name = state.profile().displayName();
        Phrase welcome = name == null || name.isBlank()
                ? speech.say("welcome.greeting") : speech.say("welcome.greeting.named", name);
        Optional<Playback> current = state.playback().filter(playback -> playback.item() != null);
        Phrase offer = speech.say("welcome.linked");
        // on a screen: what plays or is paused, with its buttons, or else the welcome and what to ask for
        Screen screen = MessageScreen.welcome(welcome, offer);
        if (current.isPresent()) {
            Playback playback = current.get();
            Phrase byline = Playables.byline(speech, playback.item());
            String item = playback.item().name();
            welcome = welcome.then(!playback.isPlaying() ? speech.say("welcome.paused", item, byline)
                    : playback.device() == null ? speech.say("welcome.playing", item, byline)
                    : speech.say("welcome.playingOn", item, byline, Places.of(speech, playback.device())));
            screen = NowPlayingScreen.of(speech, playback, byline, Optional.empty());
        }
        return Screens.show(input, input.getResponseBuilder(), screen)
                .withSpeech(welcome.then(offer).ssml())
                .withReprompt(speech.say("welcome.reprompt").ssml())
                .build();
    }
}
