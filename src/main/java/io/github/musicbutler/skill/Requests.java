package io.github.musicbutler.skill;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;

/**
 * How a request is named in log lines: its type and, for intents, the intent's name; never a slot value or an id.
 */
public final class Requests {

    private Requests() {
    }

    public static String describe(HandlerInput input) {
        Request request = input.getRequestEnvelope().getRequest();
        if (request instanceof IntentRequest intentRequest && intentRequest.getIntent() != null) {
            return request.getType() + " " + intentRequest.getIntent().getName();
        }
        return request.getType();
    }
}
