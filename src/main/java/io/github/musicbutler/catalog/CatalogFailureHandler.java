package io.github.musicbutler.catalog;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.AccountLinking;
import io.github.musicbutler.skill.HandlerPriority;

/**
 * Tells the user why a search or starting a search result did not work: the one place where a
 * {@link CatalogException} becomes speech. Everything else falls through to the general error handler.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class CatalogFailureHandler implements ExceptionHandler {

    private static final Logger LOG = Logger.getLogger(CatalogFailureHandler.class);

    private final AccountLinking accountLinking;

    CatalogFailureHandler(AccountLinking accountLinking) {
        this.accountLinking = accountLinking;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return throwable instanceof CatalogException;
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        CatalogException failure = (CatalogException) throwable;
        // Messages name the cause (status, exception type), never a token, a secret or what was searched for.
        LOG.warnf("%s%s", failure.getMessage(), rootCause(failure));
        Speech speech = Speech.of(input);
        return switch (failure.reason()) {
            case LINK_EXPIRED -> accountLinking.askToLinkAgain(input);
            case NOT_CONFIGURED -> end(input, speech.say("catalog.not-configured"));
            case SEARCH_UNAVAILABLE -> end(input, speech.say("catalog.unavailable"));
            case PREMIUM_REQUIRED -> end(input, speech.say("play.premium-required"));
            case PLAYBACK_FAILED -> end(input, speech.say("play.failed"));
            // The results stay in the session: once Spotify is open, "play the first one" works.
            case NO_ACTIVE_DEVICE -> input.getResponseBuilder()
                    .withSpeech(speech.say("play.no-device"))
                    .withReprompt(speech.say("play.no-device.reprompt"))
                    .build();
        };
    }

    private static Optional<Response> end(HandlerInput input, String speech) {
        return input.getResponseBuilder().withSpeech(speech).withShouldEndSession(true).build();
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root == failure ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
}
