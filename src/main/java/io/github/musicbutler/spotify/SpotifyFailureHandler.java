package io.github.musicbutler.spotify;

import static com.amazon.ask.request.Predicates.requestType;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpeechCatalog;
import io.github.musicbutler.linking.AccountLinking;
import io.github.musicbutler.skill.HandlerPriority;

/**
 * Speaks every {@link SpotifyOutcome}, so handlers simply call Spotify and let failures propagate. Sits above the
 * generic {@code UnexpectedErrorHandler}.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SpotifyFailureHandler implements ExceptionHandler {

    private static final Logger LOG = Logger.getLogger(SpotifyFailureHandler.class);

    private final AccountLinking accountLinking;
    private final Spotify spotify;
    private final SpeechCatalog catalog;

    SpotifyFailureHandler(AccountLinking accountLinking, Spotify spotify, SpeechCatalog catalog) {
        this.accountLinking = accountLinking;
        this.spotify = spotify;
        this.catalog = catalog;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return failure(throwable).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        SpotifyException failure = failure(throwable).orElseThrow();
        LOG.warnf("Spotify call failed: %s", failure.getMessage());
        if (!input.matches(requestType(IntentRequest.class).or(requestType(LaunchRequest.class)))) {
            return input.getResponseBuilder().build();
        }
        if (failure.outcome() == SpotifyOutcome.TOKEN_REJECTED) {
            return accountLinking.askToLinkAgain(input);
        }
        Speech speech = catalog.forLocale(input.getRequestEnvelope().getRequest().getLocale());
        String answer = switch (failure.outcome()) {
            case NO_ACTIVE_DEVICE -> noActiveDevice(input, speech);
            case PREMIUM_REQUIRED -> speech.say("spotify.premiumRequired");
            case RESTRICTED -> speech.say("spotify.restricted");
            case NOT_FOUND -> speech.say("spotify.notFound");
            case RATE_LIMITED -> speech.say("spotify.rateLimited");
            case TIMED_OUT -> speech.say("spotify.timedOut");
            default -> speech.say("spotify.unavailable");
        };
        return input.getResponseBuilder().withSpeech(answer).withShouldEndSession(true).build();
    }

    /** Names the devices Spotify knows, if it can say within the time left. */
    private String noActiveDevice(HandlerInput input, Speech speech) {
        List<String> names = accountLinking.accessToken(input).map(token -> {
            SpotifySession session = spotify.of(input, token);
            try {
                return session.await(session.devices()).stream().map(Device::name).toList();
            } catch (SpotifyException e) {
                LOG.infof("Could not list devices either: %s", e.getMessage());
                return List.<String>of();
            }
        }).orElse(List.of());
        return names.isEmpty()
                ? speech.say("spotify.noActiveDevice")
                : speech.say("spotify.noActiveDevice.known", SpokenList.join(speech, names));
    }

    private static Optional<SpotifyException> failure(Throwable throwable) {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof SpotifyException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
