package io.github.musicbutler.conversation;

import static com.amazon.ask.request.Predicates.requestType;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.SessionEndedError;
import com.amazon.ask.model.SessionEndedRequest;

import io.github.musicbutler.skill.HandlerPriority;

/**
 * Alexa's notice that the session is over. Its reason and error are the only trace of a response Alexa rejected,
 * so they are logged; Alexa accepts no speech in the answer.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SessionEndedRequestHandler implements RequestHandler {

    private static final Logger LOG = Logger.getLogger(SessionEndedRequestHandler.class);

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(requestType(SessionEndedRequest.class));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        SessionEndedRequest ended = (SessionEndedRequest) input.getRequestEnvelope().getRequest();
        SessionEndedError error = ended.getError();
        if (error == null) {
            LOG.infof("Session ended: %s", ended.getReason());
        } else {
            LOG.warnf("Session ended: %s, error %s: %s", ended.getReason(), error.getTypeAsString(),
                    error.getMessage());
        }
        return input.getResponseBuilder().build();
    }
}
