package io.github.musicbutler.player;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * A one-word player command ("pause", "skip"): one Spotify call, a short confirmation, the session ends.
 * Failures (no Premium, no active device) are spoken by {@code SpotifyFailureHandler}.
 */
abstract class PlayerCommandHandler extends LinkedAccountHandler implements IntentHandler {

    private final String intent;
    private final Consumer<SpotifySession> command;
    private final String confirmation;

    PlayerCommandHandler(String intent, Consumer<SpotifySession> command, String confirmation) {
        this.intent = intent;
        this.command = command;
        this.confirmation = confirmation;
    }

    @Override
    public final Set<String> intents() {
        return Set.of(intent);
    }

    @Override
    public final boolean canHandle(HandlerInput input) {
        return IntentHandler.super.canHandle(input);
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
