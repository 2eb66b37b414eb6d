package io.github.musicbutler.lambda;

import java.util.Optional;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazon.ask.dispatcher.request.interceptor.ResponseInterceptor;
import com.amazon.ask.model.Response;

import io.github.musicbutler.linking.AccountLinking;
import io.github.musicbutler.skill.Requests;
import io.github.musicbutler.spotify.TokenKind;

/**
 * One log line per request: what was asked, in which locale, whose link served it (person- or account-level, so an
 * operator can see which path a household member took), how it ended and how long it took. Deliberately nothing
 * that identifies a person: no access token, no user, person, device or session id, no slot values.
 */
@Singleton
public class RequestLogInterceptor implements RequestInterceptor, ResponseInterceptor {

    private static final Logger LOG = Logger.getLogger(RequestLogInterceptor.class);
    private static final String STARTED = RequestLogInterceptor.class.getName() + ".started";

    @Override
    public void process(HandlerInput input) {
        input.getAttributesManager().getRequestAttributes().put(STARTED, System.nanoTime());
    }

    @Override
    public void process(HandlerInput input, Optional<Response> response) {
        Object started = input.getAttributesManager().getRequestAttributes().get(STARTED);
        long latencyMillis = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
        String ending = response.map(Response::getShouldEndSession)
                .map(end -> end ? "ends session" : "keeps session")
                .orElse("no session change");
        String link = AccountLinking.level(input).map(TokenKind::description).orElse("no token");
        LOG.infof("%s %s, %s, %s in %d ms", Requests.describe(input), input.getRequestEnvelope().getRequest().getLocale(), link,
                ending, latencyMillis);
    }
}
