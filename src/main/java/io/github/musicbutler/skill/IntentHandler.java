package io.github.musicbutler.skill;

import java.util.Set;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.IntentRequest;

/**
 * A handler of intents: it declares the intents it answers ({@link #intents()}, by the names Alexa sends, through the
 * constants of {@link Intents}) and answers a request for any of them. What it declares is the skill's list of
 * intents: {@link AnsweredIntents} collects every handler's, and the tests compare that with the interaction models,
 * so a new intent is a model entry and a handler bean, and no list to edit.
 * <p>
 * {@link #canHandle(HandlerInput)} follows from {@link #intents()}. Only the dialogue's handlers of an open question
 * override it, since they answer depending on what the skill asked last; they still declare their intents.
 */
public interface IntentHandler extends RequestHandler {

    /** The intents this handler answers, never empty. */
    Set<String> intents();

    /**
     * Whether the request names one of {@link #intents()}. An IntentRequest without its intent is malformed: it fails
     * here, as with the SDK's {@code intentName} predicate, and is apologised for by {@link UnexpectedErrorHandler}.
     */
    @Override
    default boolean canHandle(HandlerInput input) {
        return input.getRequestEnvelope().getRequest() instanceof IntentRequest request
                && intents().contains(request.getIntent().getName());
    }
}
