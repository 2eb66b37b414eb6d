package io.github.musicbutler.player;

import java.util.Optional;
import java.util.function.Consumer;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedIntentHandler;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * A one-word player command ("pause", "skip"): one Spotify call, a short confirmation, the session ends.
 * Failures (no Premium, no active device) are spoken by {@code SpotifyFailureHandler}.
 */
abstract class PlayerCommandHandler extends LinkedIntentHandler {

    private final Consumer<SpotifySession> command;
    private final String confirmation;

    PlayerCommandHandler(String intent, Consumer<SpotifySession> command, String confirmation) {
        super(intent);
        this.command = command;
        this.confirmation = confirmation;
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        command.accept(spotify);
        return input.getResponseBuilder()
                .withSpeech(Speech.of(input).say(confirmation).ssml())
                .withShouldEndSession(true)
                .build();
    }
}
