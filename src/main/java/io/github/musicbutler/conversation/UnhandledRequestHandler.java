package io.github.musicbutler.conversation;

import static com.amazon.ask.request.Predicates.requestType;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionResumedRequest;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.screens.TouchHandler;
import io.github.musicbutler.skill.HandlerPriority;

/**
 * The last handler asked: anything no other handler took gets an answer rather than an exception. A person who
 * said something hears what the skill can do; a touch on a screen no handler took (an old screen, arguments no
 * screen of ours sends) is said to be out of date; events nobody spoke (skill events, player events, …) get an empty
 * response, the only kind Alexa accepts for them.
 */
@Singleton
@Priority(HandlerPriority.CATCH_ALL)
public class UnhandledRequestHandler implements RequestHandler {

    private static final Logger LOG = Logger.getLogger(UnhandledRequestHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        if (input.matches(requestType(UserEvent.class))) {
            // a touch no handler knows: from an old screen, or arguments no screen of ours sends
            return TouchHandler.stale(input);
        }
        if (!input.matches(requestType(IntentRequest.class).or(requestType(LaunchRequest.class))
                .or(requestType(SessionResumedRequest.class)))) {
            LOG.debugf("No handler for %s; answering with an empty response", input.getRequestEnvelope().getRequest().getType());
            return input.getResponseBuilder().build();
        }
        Speech speech = Speech.of(input);
        return input.getResponseBuilder()
                .withSpeech(speech.say("unhandled").ssml())
                .withReprompt(speech.say("unhandled.reprompt").ssml())
                .build();
    }
}
