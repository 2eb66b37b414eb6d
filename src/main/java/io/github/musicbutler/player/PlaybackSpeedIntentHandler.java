package io.github.musicbutler.player;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;

/**
 * "Play it faster", "slow down", "spiel schneller": Spotify's Web API has no way to change the playback speed (its
 * apps do), so the answer says that and where it can be changed, instead of pretending or apologising for an error.
 * Nothing is asked of Spotify, so it needs no linked account.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlaybackSpeedIntentHandler implements IntentHandler {

    @Override
    public Set<String> intents() {
        return Set.of(Intents.PLAYBACK_SPEED);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        return input.getResponseBuilder().withSpeech(Speech.of(input).say("speed.unsupported").ssml())
                .withShouldEndSession(true).build();
    }
}
