package io.github.musicbutler.playlists;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.HandlerPriority;

/**
 * "No" (or "neither") to "Did you mean …?": forgets the offer and asks for the playlist again.
 */
@Singleton
@Priority(HandlerPriority.FOLLOW_UP)
public class PlaylistChoiceNoHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName("AMAZON.NoIntent")) && PlaylistChoice.isOpen(input);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        PlaylistChoice.close(input);
        Speech speech = Speech.of(input);
        return input.getResponseBuilder().withSpeech(speech.say("playlists.declined"))
                .withReprompt(speech.say("playlists.which")).build();
    }
}
