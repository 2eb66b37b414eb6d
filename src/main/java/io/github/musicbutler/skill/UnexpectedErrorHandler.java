package io.github.musicbutler.skill;

import static com.amazon.ask.request.Predicates.requestType;

import java.util.Optional;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpeechCatalog;
import io.github.musicbutler.telemetry.Invocations;
import io.github.musicbutler.telemetry.Outcome;

/**
 * The last line of defence: whatever a handler throws, the user hears an apology instead of Alexa's "there was a
 * problem with the requested skill's response", and the log says what failed.
 */
@Singleton
public class UnexpectedErrorHandler implements ExceptionHandler {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorHandler.class);

    private final SpeechCatalog catalog;
    private final Invocations invocations;

    UnexpectedErrorHandler(SpeechCatalog catalog, Invocations invocations) {
        this.catalog = catalog;
        this.invocations = invocations;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return true;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        LOG.errorf(throwable, "Failed to answer %s", Requests.describe(input));
        invocations.current().ended(Outcome.ERROR);
        if (!input.matches(requestType(IntentRequest.class).or(requestType(LaunchRequest.class)))) {
            return input.getResponseBuilder().build();
        }
        // The failure may have come before the locale interceptor ran.
        Speech speech = catalog.forLocale(input.getRequestEnvelope().getRequest().getLocale());
        return input.getResponseBuilder()
                .withSpeech(speech.say("error").ssml())
                .withReprompt(speech.say("error.reprompt").ssml())
                .build();
    }
}
