package io.github.musicbutler.skill;

import java.time.Duration;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;


import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.amazonaws.services.lambda.runtime.Context;


import io.github.musicbutler.settings.Renamed;
import io.github.musicbutler.spotify.Deadline;
import io.github.musicbutler.spotify.Ticker;

/**
 * The one deadline policy: as each request arrives, its {@link Deadline} is set to the Lambda's remaining time,
 * but never more than Alexa's patience, less a safety margin for answering. Every Spotify call of the request, the
 * app's token included, shares it.
 */
@Singleton
public class RequestDeadline implements RequestInterceptor {

    private static final String ATTRIBUTE = Deadline.class.getName();

    /** The budget's settings' names before they moved to {@link AlexaConfig}, each with its new name. */
    static final Map<String, String> OLD_NAMES = Map.of(
            "spotify.alexa-patience", "ALEXA_PATIENCE (alexa.patience)",
            "spotify.safety-margin", "ALEXA_SAFETY_MARGIN (alexa.safety-margin)");

    private final AlexaConfig config;
    private final Ticker ticker;

    RequestDeadline(AlexaConfig config, Ticker ticker) {
        this.config = config;
        this.ticker = ticker;
    }

    /** Anyone still setting an old name learns the new one while the old one still works ({@code RenamedSettings}). */
    @Produces
    @Singleton
    static Renamed budgetNames() {
        return new Renamed(OLD_NAMES);
    }

    @Override
    public void process(HandlerInput input) {
        input.getAttributesManager().getRequestAttributes().put(ATTRIBUTE, Deadline.in(budget(input.getContext()), ticker));
    }

    /** This request's deadline (set on arrival; a request that somehow skipped the interceptor gets a fresh one). */
    public Deadline of(HandlerInput input) {
        Object deadline = input.getAttributesManager().getRequestAttributes().get(ATTRIBUTE);
        if (deadline instanceof Deadline known) {
            return known;
        }
        Deadline fresh = Deadline.in(budget(input.getContext()), ticker);
        input.getAttributesManager().getRequestAttributes().put(ATTRIBUTE, fresh);
        return fresh;
    }

    Duration budget(Object lambdaContext) {
        Duration wait = config.patience();
        // Quarkus' mock event server (tests, local runs) sends no deadline: the context then reports a negative time.
        if (lambdaContext instanceof Context context && context.getRemainingTimeInMillis() > 0) {
            Duration lambdaLeft = Duration.ofMillis(context.getRemainingTimeInMillis());
            wait = lambdaLeft.compareTo(wait) < 0 ? lambdaLeft : wait;
        }
        Duration budget = wait.minus(config.safetyMargin());
        return budget.isNegative() ? Duration.ZERO : budget;
    }
}
