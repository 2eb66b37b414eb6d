package io.github.musicbutler.reply;

import static com.amazon.ask.request.Predicates.requestType;

import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.amazon.ask.dispatcher.exception.ExceptionHandler;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpeechCatalog;
import io.github.musicbutler.screens.MessageScreen;
import io.github.musicbutler.screens.Screens;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.spotify.SpotifyException;
import io.github.musicbutler.spotify.SpotifyException.Topic;
import io.github.musicbutler.spotify.SpotifyOutcome;
import io.github.musicbutler.spotify.TokenKind;
import io.github.musicbutler.telemetry.Invocations;
import io.github.musicbutler.telemetry.Outcome;

/**
 * The one failure path for Spotify: speaks every {@link SpotifyOutcome} about what was asked for, so handlers
 * simply call Spotify and let failures propagate. The text is {@code spotify.<outcome>.<topic>} where a locale has
 * one ("Spotify couldn't open the artist Queen"), {@code spotify.<outcome>} otherwise. Makes no call of its own.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SpotifyFailureHandler implements ExceptionHandler {

    private static final Logger LOG = Logger.getLogger(SpotifyFailureHandler.class);

    private final SpeechCatalog catalog;
    private final Invocations invocations;

    SpotifyFailureHandler(SpeechCatalog catalog, Invocations invocations) {
        this.catalog = catalog;
        this.invocations = invocations;
    }

    @Override
    public boolean canHandle(HandlerInput input, Throwable throwable) {
        return failure(throwable).isPresent();
    }

    @Override
    public Optional<Response> handle(HandlerInput input, Throwable throwable) {
        SpotifyException failure = failure(throwable).orElseThrow();
        Topic topic = failure.subject().topic();
        // The message names the outcome, Spotify's status and reason and the kind of call: no token, no query.
        LOG.warnf("Spotify call about %s failed: %s", topic.name().toLowerCase(Locale.ROOT), failure.getMessage());
        // Only the listener's own token can be fixed by linking again; the app's token is ours to fix.
        boolean relink = failure.outcome() == SpotifyOutcome.TOKEN_REJECTED && failure.token() != TokenKind.APP;
        invocations.current().ended(relink ? Outcome.RELINK_ASKED : Outcome.spotify(failure.outcome()));
        if (!input.matches(requestType(IntentRequest.class).or(requestType(LaunchRequest.class))
                .or(requestType(UserEvent.class)))) {
            return input.getResponseBuilder().build();
        }
        SpotifyOutcome outcome = failure.outcome();
        if (relink) {
            return LinkPrompts.askToLinkAgain(input, failure.token());
        }
        if (outcome == SpotifyOutcome.TOKEN_REJECTED) {
            // The app's own token was refused: nothing the listener could fix by linking again.
            outcome = SpotifyOutcome.UNAVAILABLE;
        }
        // The failure may have come before the locale interceptor ran.
        Speech speech = catalog.forLocale(input.getRequestEnvelope().getRequest().getLocale());
        Phrase answer = speak(speech, outcome, failure.subject());
        return Screens.show(input, input.getResponseBuilder(), MessageScreen.problem(speech, answer))
                .withSpeech(answer.ssml()).withShouldEndSession(true).build();
    }

    static Phrase speak(Speech speech, SpotifyOutcome outcome, SpotifyException.Subject subject) {
        String general = "spotify." + camelCase(outcome.name());
        String specific = general + "." + subject.topic().name().toLowerCase(Locale.ROOT);
        if (speech.has(specific) && subject.topic() == Topic.DEVICE && subject.name() != null) {
            // A device is named where it is: "on the TV", "auf dem Fernseher".
            return speech.say(specific, Places.of(speech, subject.name()));
        }
        if (speech.has(specific) && subject.topic() != Topic.DEVICE) {
            return speech.say(specific, subject.name() == null ? "" : subject.name());
        }
        return speech.say(general);
    }

    private static String camelCase(String constant) {
        StringBuilder camel = new StringBuilder();
        for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
            camel.append(camel.isEmpty() ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return camel.toString();
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
