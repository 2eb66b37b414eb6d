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

/**
 * "Alexa, open music butler": a welcome, and for users who have not linked Spotify yet, how to do it.
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
        if (!accountLinking.isLinked(input)) {
            return accountLinking.askToLink(input, "welcome.unlinked");
        }
        Speech speech = Speech.of(input);
        return input.getResponseBuilder()
                .withSpeech(speech.say("welcome.linked"))
                .withReprompt(speech.say("welcome.reprompt"))
                .build();
    }
}
