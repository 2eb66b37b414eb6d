package io.github.musicbutler.catalog;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.HandlerPriority;

/**
 * Tells the user why a search did not work (the app's own token or the catalog): the one place where a
 * {@link CatalogException} becomes speech. Refusals of calls made with the user's token, such as starting a search
 * result, are {@code SpotifyException}s and spoken by {@code SpotifyFailureHandler}.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class CatalogFailureHandler implements ExceptionHandler {

    private static final Logger LOG = Logger.getLogger(CatalogFailureHandler.class);

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
            case NOT_CONFIGURED -> end(input, speech.say("catalog.not-configured"));
            case CREDENTIALS_REJECTED -> end(input, speech.say("catalog.credentials-rejected"));
            case SEARCH_UNAVAILABLE -> end(input, speech.say("catalog.unavailable"));
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
