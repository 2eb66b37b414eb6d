package io.github.musicbutler.lambda;

import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;

import io.github.musicbutler.linking.AccountLinking;
import io.github.musicbutler.skill.AnsweredIntents;
import io.github.musicbutler.spotify.TokenKind;
import io.github.musicbutler.telemetry.Invocations;

/**
 * Describes each request for its invocation's one request log line and metrics record ({@link Invocations}): what was
 * asked, in which locale, whose link served it (person- or account-level, so an operator can see which path a
 * household member took) and which conversation it belongs to. The line itself is written when the invocation ends,
 * with how it ended and how long it took, also when a handler failed (the SDK skips response interceptors then).
 * Deliberately nothing that identifies a person: no access token, no user, person or device id, no slot values, and
 * the session id only as a label that does not reveal it.
 */
@Singleton
public class RequestLogInterceptor implements RequestInterceptor {

    private final Invocations invocations;
    private final AnsweredIntents intents;

    RequestLogInterceptor(Invocations invocations, AnsweredIntents intents) {
        this.invocations = invocations;
        this.intents = intents;
    }

    @Override
    public void process(HandlerInput input) {
        RequestEnvelope envelope = input.getRequestEnvelope();
        Request request = envelope.getRequest();
        String intent = request instanceof IntentRequest intentRequest && intentRequest.getIntent() != null
                ? intentRequest.getIntent().getName() : null;
        String link = AccountLinking.level(input).map(TokenKind::description).orElse("no token");
        String sessionId = envelope.getSession() == null ? null : envelope.getSession().getSessionId();
        boolean modelled = intents.contains(intent);
        invocations.current().describe(request.getType(), intent, modelled, request.getLocale(), link, sessionId);
    }
}
