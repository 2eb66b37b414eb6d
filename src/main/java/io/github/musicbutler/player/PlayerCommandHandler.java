package io.github.musicbutler.player;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Optional;
import java.util.function.Function;

import jakarta.inject.Inject;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.spotify.Spotify;
import io.github.musicbutler.spotify.SpotifySession;
import io.smallrye.mutiny.Uni;

/**
 * A one-word player command ("pause", "skip"): one Spotify call, a short confirmation, the session ends.
 * Failures (no Premium, no active device) are spoken by {@code SpotifyFailureHandler}.
 */
abstract class PlayerCommandHandler extends LinkedAccountHandler {

    @Inject
    Spotify spotify;

    private final String intent;
    private final Function<SpotifySession, Uni<Void>> command;
    private final String confirmation;

    PlayerCommandHandler(String intent, Function<SpotifySession, Uni<Void>> command, String confirmation) {
        this.intent = intent;
        this.command = command;
        this.confirmation = confirmation;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(intent));
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, String accessToken) {
        SpotifySession session = spotify.of(input, accessToken);
        session.await(command.apply(session));
        return input.getResponseBuilder()
                .withSpeech(Speech.of(input).say(confirmation))
                .withShouldEndSession(true)
                .build();
    }
}
