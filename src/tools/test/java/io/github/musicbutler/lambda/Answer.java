package io.github.musicbutler.lambda;

import static org.hamcrest.MatcherAssert.assertThat;

import org.hamcrest.Matcher;

import io.github.musicbutler.lambdarun.Invocation;
import io.restassured.path.json.JsonPath;

/**
 * What the packaged function answered through {@link io.github.musicbutler.lambdarun.LocalLambda}, checked in the
 * same words as {@link Alexa#ask}'s RestAssured responses: {@code .body("response.card.type", equalTo("Simple"))}.
 */
public final class Answer {

    private final Invocation invocation;
    private final JsonPath json;

    private Answer(Invocation invocation) {
        this.invocation = invocation;
        this.json = JsonPath.from(invocation.body());
    }

    public static Answer of(Invocation invocation) {
        return new Answer(invocation);
    }

    public Answer statusCode(int expected) {
        if (invocation.statusCode() != expected) {
            throw new AssertionError("expected HTTP " + expected + " but the function answered "
                    + invocation.statusCode() + ": " + invocation.body());
        }
        return this;
    }

    public <T> Answer body(String path, Matcher<? super T> matcher) {
        T value = json.get(path);
        assertThat(path + " in " + invocation.body(), value, matcher);
        return this;
    }
}
