package io.github.musicbutler.conversation;

import static io.github.musicbutler.support.Alexa.ask;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class SessionEndedRequestTest {

    @RegisterExtension
    LogCapture log = new LogCapture();

    @Test
    void answersWithAnEmptyResponseAsAlexaRequires() {
        ask(AlexaRequest.sessionEnded())
                .body("version", equalTo("1.0"))
                .body("response", anEmptyMap())
                .body("response.outputSpeech", nullValue());
    }

    @Test
    void logsTheReasonAndTheErrorAlexaReported() {
        ask(AlexaRequest.sessionEnded());

        assertTrue(log.all().contains("Session ended: ERROR, error INVALID_RESPONSE: "
                + "An exception occurred while dispatching the request to the skill."), log.all());
    }
}
