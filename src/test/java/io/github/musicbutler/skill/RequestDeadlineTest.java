package io.github.musicbutler.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.Context;

import io.github.musicbutler.support.Settings;
import io.github.musicbutler.support.TestClock;

/** One request's time: Alexa's patience or the Lambda's time left, whichever is shorter, less the safety margin. */
class RequestDeadlineTest {

    private final RequestDeadline deadline = new RequestDeadline(Settings.alexa(Map.of()), new TestClock());

    @Test
    void alexasPatienceCapsALongLambdaTimeout() {
        assertEquals(Duration.ofMillis(6500), deadline.budget(lambdaWithMillisLeft(60_000)));
    }

    @Test
    void aLambdaAboutToTimeOutShortensTheBudget() {
        assertEquals(Duration.ofMillis(1500), deadline.budget(lambdaWithMillisLeft(3_000)));
    }

    @Test
    void aLambdaReportingNoTimeLeftMeansAlexasPatience() {
        // Quarkus' mock event server sends no Lambda-Runtime-Deadline-Ms: the context counts down from 1970, and
        // its int of milliseconds left is negative, or zero, rather than a time to keep to.
        assertEquals(Duration.ofMillis(6500), deadline.budget(lambdaWithMillisLeft(-1)));
        assertEquals(Duration.ofMillis(6500), deadline.budget(lambdaWithMillisLeft(Integer.MIN_VALUE)));
        assertEquals(Duration.ofMillis(6500), deadline.budget(lambdaWithMillisLeft(0)));
    }

    @Test
    void noLambdaContextMeansAlexasPatience() {
        assertEquals(Duration.ofMillis(6500), deadline.budget(null));
    }

    @Test
    void aBudgetSmallerThanTheMarginIsNoBudgetAtAll() {
        assertEquals(Duration.ZERO, deadline.budget(lambdaWithMillisLeft(1_000)));
    }

    @Test
    void thePatienceAndTheMarginAreConfigured() {
        RequestDeadline configured = new RequestDeadline(
                Settings.alexa(Map.of("alexa.patience", "5s", "alexa.safety-margin", "1s")), new TestClock());

        assertEquals(Duration.ofSeconds(4), configured.budget(null));
    }

    @Test
    void theOldNamesUnderSpotifyAreStillReadForOneRelease() {
        RequestDeadline old = new RequestDeadline(
                Settings.alexa(Map.of("spotify.alexa-patience", "6s", "spotify.safety-margin", "500ms")), new TestClock());

        assertEquals(Duration.ofMillis(5500), old.budget(null));
    }

    @Test
    void theNewNamesWinOverTheOldOnes() {
        RequestDeadline both = new RequestDeadline(
                Settings.alexa(Map.of("alexa.patience", "5s", "spotify.alexa-patience", "6s")), new TestClock());

        assertEquals(Duration.ofMillis(3500), both.budget(null));
    }

    private static Context lambdaWithMillisLeft(int millis) {
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] { Context.class },
                (proxy, method, args) -> method.getName().equals("getRemainingTimeInMillis") ? millis : null);
    }
}
