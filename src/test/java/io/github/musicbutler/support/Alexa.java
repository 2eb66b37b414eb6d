package io.github.musicbutler.support;

import static io.restassured.RestAssured.given;

import org.eclipse.microprofile.config.ConfigProvider;

import io.restassured.http.ContentType;
import io.restassured.parsing.Parser;
import io.restassured.response.ValidatableResponse;

/**
 * Sends events to the running function the way the Lambda service does: through Quarkus' mock Lambda event
 * server, which queues the event, lets the function's poll loop take it, and answers with the function's output.
 */
public final class Alexa {

    private Alexa() {
    }

    /**
     * Sends a request that must succeed; the result is the Alexa response envelope. A slot the answer asks for must
     * be one the locale's dialog model has ({@link DialogModel}), and a screen it sends must be one the device can
     * show, with every binding of its document filled and within the size budget ({@link ScreenCheck}).
     */
    public static ValidatableResponse ask(AlexaRequest request) {
        String json = request.json();
        ValidatableResponse answer = send(json).statusCode(200);
        String body = answer.extract().asString();
        DialogModel.problem(json, body).ifPresent(problem -> {
            throw new AssertionError(problem);
        });
        ScreenCheck.problem(json, body).ifPresent(problem -> {
            throw new AssertionError(problem);
        });
        return answer;
    }

    /** Sends any event body, Alexa-shaped or not. */
    public static ValidatableResponse send(String event) {
        return given()
                .baseUri("http://localhost:" + eventServerPort())
                .contentType(ContentType.JSON)
                .body(event)
                .when().post("/")
                .then()
                // the mock event server labels every answer as a form post; the body is the function's JSON
                .using().parser("application/x-www-form-urlencoded", Parser.JSON);
    }

    private static int eventServerPort() {
        return ConfigProvider.getConfig()
                .getOptionalValue("quarkus.lambda.mock-event-server.test-port", Integer.class)
                .orElse(8081);
    }
}
