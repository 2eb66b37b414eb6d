package io.github.musicbutler.skill;

import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.Alexa.send;
import static io.github.musicbutler.support.SecretScan.assertNoSecretIn;
import static io.github.musicbutler.support.SecretScan.secret;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Whatever arrives, the function answers (an error or a valid Alexa response), says in the log what was wrong,
 * and serves the next invocation normally.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class BadInputTest {

    @RegisterExtension
    LogCapture log = new LogCapture();

    @Test
    void eventThatIsNotJsonIsAClearError() {
        send("this is not json")
                .statusCode(500)
                .body("errorType", containsString("InvalidAlexaRequestException"))
                .body("errorMessage", containsString("Not an Alexa request: the event is not valid JSON (line 1, column"));
    }

    @Test
    void eventThatIsNotJsonIsLogged() {
        send("this is not json");

        assertTrue(log.all().contains("the event is not valid JSON"), log.all());
    }

    @Test
    void functionServesTheNextRequestAfterABadOne() {
        send("{ broken").statusCode(500);

        ask(AlexaRequest.intent("AMAZON.StopIntent"))
                .body("response.outputSpeech.ssml", equalTo("<speak>Goodbye!</speak>"));
    }

    @Test
    void aTruncatedEventIsSaidToBeInvalidJsonAndWhere() {
        String launch = AlexaRequest.launch().json();
        // cut where a value should start: the parser is still happy, the end comes while building the envelope
        send(launch.substring(0, launch.indexOf("\"request\":") + "\"request\":".length()))
                .statusCode(500)
                .body("errorMessage", startsWith("Not an Alexa request: the event is not valid JSON"))
                .body("errorMessage", containsString("line 1, column"));
    }

    @Test
    void jsonThatIsNotAnAlexaEnvelopeIsAClearError() {
        send("{\"key1\":\"value1\",\"key2\":\"value2\"}")
                .statusCode(500)
                .body("errorMessage", equalTo("Not an Alexa request envelope: 'request' is missing"));
    }

    @Test
    void jsonOfTheWrongShapeIsAClearError() {
        send("[1, 2, 3]")
                .statusCode(500)
                .body("errorMessage", containsString("Not an Alexa request: the event does not have the shape of a request envelope"));
    }

    @Test
    void requestTypeUnknownToTheSdkIsAClearError() {
        send(AlexaRequest.launch().requestType("Alexa.FutureFeature.Happened").json())
                .statusCode(500)
                .body("errorMessage", equalTo("Unsupported Alexa request: type 'Alexa.FutureFeature.Happened' at $.request "
                        + "is not known to the ASK SDK model"));
    }

    @Test
    void requestTypeThatIsNoAlexaTypeIsNotRepeated() {
        send(AlexaRequest.launch().requestType(AlexaRequest.ACCESS_TOKEN).json())
                .statusCode(500)
                .body("errorMessage", equalTo("Unsupported Alexa request: a type that is not an Alexa request type at $.request "
                        + "is not known to the ASK SDK model"));

        assertNoSecretIn(log.written(), List.of(secret("the user's token", AlexaRequest.ACCESS_TOKEN)));
    }

    @Test
    void malformedEventNeverPutsItsContentInTheLog() {
        send("{\"context\":{\"System\":{\"user\":{\"accessToken\": " + AlexaRequest.ACCESS_TOKEN + "}}}}").statusCode(500);

        assertTrue(log.all().contains("Not an Alexa request"), log.all());
        assertNoSecretIn(log.written(), List.of(secret("the user's token", AlexaRequest.ACCESS_TOKEN)));
    }

    @Test
    void requestWithoutSessionIsAnswered() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent").withoutSession())
                .body("response.outputSpeech.ssml", containsString("what are my playlists"))
                .body("response.shouldEndSession", equalTo(false));
    }

    @Test
    void requestWithoutUserIsTreatedAsUnlinked() {
        ask(AlexaRequest.launch().withoutUser())
                .body("response.card.type", equalTo("LinkAccount"));
    }

    @Test
    void requestWithoutLocaleIsAnsweredInEnglish() {
        ask(AlexaRequest.intent("AMAZON.StopIntent").withoutLocale())
                .body("response.outputSpeech.ssml", equalTo("<speak>Goodbye!</speak>"));
    }

    @Test
    void intentRequestWithoutIntentIsAnsweredAsWordsThatFitNoIntent() {
        ask(AlexaRequest.launch().requestType("IntentRequest"))
                .body("response.outputSpeech.ssml", containsString("Sorry, I can't help with that."))
                .body("response.shouldEndSession", equalTo(false));

        assertFalse(log.all().contains("Exception"), log.all());
    }
}
