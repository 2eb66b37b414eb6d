package io.github.musicbutler.lambda;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.console.DemoAccount;
import io.github.musicbutler.lambdarun.LocalLambda;
import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;

/**
 * The deployable {@code target/function.zip}, run as AWS Lambda runs it: unpacked, started by Amazon's Runtime
 * Interface Client with the handler string Terraform configures (JVM build), or as its {@code bootstrap} (native
 * build), and fed through a local Lambda Runtime API. One process serves all tests, as one warm Lambda instance
 * serves many requests. Part of the default {@code ./mvnw verify}.
 */
class PackagedFunctionIT {

    private static FakeSpotify spotify;
    private static LocalLambda lambda;

    @BeforeAll
    static void startFunction() {
        // a linked welcome greets the user by their Spotify name: the demo account stands in for Spotify
        spotify = DemoAccount.serve("en-US");
        lambda = LocalLambda.builder()
                .artifact(Path.of(System.getProperty("lambdarun.artifact", "target/function.zip")))
                .env("ALEXA_SKILL_ID", AlexaRequest.SKILL_ID)
                .env("SPOTIFY_API_URL", spotify.apiUrl())
                .build()
                .start();
    }

    @AfterAll
    static void stopFunction() {
        if (lambda != null) {
            lambda.close();
        }
        if (spotify != null) {
            spotify.close();
        }
    }

    private static Answer ask(AlexaRequest request) {
        return Answer.of(lambda.send(request.json())).statusCode(200);
    }

    @Test
    void linkedUserIsWelcomedAndAskedWhatToDo() {
        ask(AlexaRequest.launch().linkedWith(DemoAccount.TOKEN))
                .body("response.outputSpeech.ssml", containsString("Welcome to Music Butler, Alex Demo!"))
                .body("response.reprompt.outputSpeech.ssml", containsString("what are my playlists"))
                .body("response.card", nullValue())
                .body("response.shouldEndSession", equalTo(false));
    }

    @Test
    void unlinkedUserIsWelcomedAndToldHowToLinkSpotify() {
        ask(AlexaRequest.launch().unlinked())
                .body("response.outputSpeech.ssml", containsString("link your Spotify account"))
                .body("response.card.type", equalTo("LinkAccount"))
                .body("response.shouldEndSession", equalTo(true));
    }

    @Test
    void helpSaysWhatTheSkillCanDoAndWaitsForAnAnswer() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent"))
                .body("response.outputSpeech.ssml", containsString("what are my playlists"))
                .body("response.card.title", equalTo("Music Butler"))
                .body("response.shouldEndSession", equalTo(false));
    }

    @Test
    void germanRequestIsAnsweredInGermanFromThePackagedMessages() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", containsString("Ich spiele deine eigene Spotify-Musik"))
                .body("response.card.title", equalTo("Musik Butler"));
    }

    @Test
    void badEventIsReportedAsAnErrorAndTheNextRequestIsServed() {
        Answer.of(lambda.send("{\"this is\": \"not an Alexa request\"}"))
                .statusCode(500)
                .body("errorType", containsString("InvalidAlexaRequestException"))
                .body("errorMessage", equalTo("Not an Alexa request envelope: 'request' is missing"));

        ask(AlexaRequest.intent("AMAZON.StopIntent"))
                .body("response.outputSpeech.ssml", equalTo("<speak>Goodbye!</speak>"));
    }

    @Test
    void requestForAnotherSkillIsRefusedBecauseAlexaSkillIdIsReadFromTheEnvironment() {
        Answer.of(lambda.send(AlexaRequest.launch()
                .forSkill("amzn1.ask.skill.00000000-1111-2222-3333-444444444444").json()))
                .statusCode(500)
                .body("errorType", containsString("SkillIdMismatchException"));
    }

    @Test
    void tokensAndUserIdsNeverReachTheFunctionsLog() throws IOException {
        ask(AlexaRequest.intent("AMAZON.HelpIntent"));

        String log = Files.readString(lambda.logFile());
        assertTrue(log.contains("AMAZON.HelpIntent"), "the request log line is missing:\n" + log);
        assertFalse(log.contains(AlexaRequest.ACCESS_TOKEN), log);
        assertFalse(log.contains(AlexaRequest.USER_ID), log);
    }
}
