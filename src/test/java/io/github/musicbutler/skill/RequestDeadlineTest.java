package io.github.musicbutler.skill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.amazonaws.services.lambda.runtime.Context;

import io.github.musicbutler.spotify.SpotifyConfig;

class RequestDeadlineTest {

    private final RequestDeadline deadline = new RequestDeadline(config(Duration.ofSeconds(8), Duration.ofMillis(1500)));

    @Test
    void alexasPatienceCapsALongLambdaTimeout() {
        assertEquals(Duration.ofMillis(6500), deadline.budget(lambdaWithMillisLeft(60_000)));
    }

    @Test
    void aLambdaAboutToTimeOutShortensTheBudget() {
        assertEquals(Duration.ofMillis(1500), deadline.budget(lambdaWithMillisLeft(3_000)));
    }

    @Test
    void noDeadlineFromTheMockEventServerMeansAlexasPatience() {
        // Quarkus' mock event server sends no Lambda-Runtime-Deadline-Ms: the context counts down from 1970.
        assertEquals(Duration.ofMillis(6500), deadline.budget(lambdaWithMillisLeft((int) -System.currentTimeMillis())));
        assertEquals(Duration.ofMillis(6500), deadline.budget(null));
    }

    @Test
    void aBudgetSmallerThanTheMarginIsNoBudgetAtAll() {
        assertEquals(Duration.ZERO, deadline.budget(lambdaWithMillisLeft(1_000)));
    }

    private static Context lambdaWithMillisLeft(int millis) {
        return (Context) Proxy.newProxyInstance(Context.class.getClassLoader(), new Class<?>[] { Context.class },
                (proxy, method, args) -> method.getName().equals("getRemainingTimeInMillis") ? millis : null);
    }

    private static SpotifyConfig config(Duration patience, Duration margin) {
        return new SpotifyConfig() {
            @Override
            public String apiUrl() {
                return "https://api.spotify.com/v1";
            }

            @Override
            public String accountsUrl() {
                return "https://accounts.spotify.com";
            }

            @Override
            public Optional<String> clientId() {
                return Optional.empty();
            }

            @Override
            public Optional<String> clientSecret() {
                return Optional.empty();
            }

            @Override
            public Optional<String> clientSecretParameter() {
                return Optional.empty();
            }

            @Override
            public Duration alexaPatience() {
                return patience;
            }

            @Override
            public Duration safetyMargin() {
                return margin;
            }

            @Override
            public int pageSize() {
                return 50;
            }

            @Override
            public int maxPlaylists() {
                return 10_000;
            }

            @Override
            public int pageConcurrency() {
                return 10;
            }

            @Override
            public Duration readingReserve() {
                return Duration.ofSeconds(1);
            }
        };
    }
}
