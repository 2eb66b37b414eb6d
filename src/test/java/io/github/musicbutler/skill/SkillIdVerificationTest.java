package io.github.musicbutler.skill;

import static io.github.musicbutler.support.Alexa.ask;
import static io.github.musicbutler.support.Alexa.send;
import static io.github.musicbutler.support.SecretScan.assertNoSecretIn;
import static io.github.musicbutler.support.SecretScan.secret;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.EmfSpecification;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class SkillIdVerificationTest {

    @RegisterExtension
    LogCapture log = new LogCapture();

    @Test
    void requestForTheConfiguredSkillIsAnswered() {
        ask(AlexaRequest.intent("AMAZON.StopIntent"))
                .body("response.outputSpeech.ssml", containsString("Goodbye"));
    }

    @Test
    void requestForAnotherSkillIsRefused() {
        send(AlexaRequest.intent("AMAZON.StopIntent").forSkill("amzn1.ask.skill.00000000-1111-2222-3333-444444444444").json())
                .statusCode(500)
                .body("errorType", containsString("SkillIdMismatchException"))
                .body("errorMessage", containsString("Refused a request for skill amzn1.ask.skill.00000000-1111-2222-3333-444444444444"));
    }

    @Test
    void refusalIsLogged() {
        send(AlexaRequest.intent("AMAZON.StopIntent").forSkill("amzn1.ask.skill.00000000-1111-2222-3333-444444444444").json());

        assertTrue(log.all().contains("Refused a request for skill amzn1.ask.skill.00000000-1111-2222-3333-444444444444"),
                log.all());
    }

    @Test
    void refusalIsCountedAsSuch() {
        send(AlexaRequest.intent("AMAZON.StopIntent").forSkill("amzn1.ask.skill.00000000-1111-2222-3333-444444444444").json());

        List<JsonNode> metrics = log.metrics();
        assertEquals(1, metrics.size(), log.written());
        EmfSpecification.assertFollowsContract(metrics.get(0));
        assertEquals("skill_id_refused", metrics.get(0).path("Outcome").asText());
        assertEquals("Other", metrics.get(0).path("Intent").asText());
    }

    @Test
    void applicationIdThatIsNotASkillIdIsNotRepeated() {
        send(AlexaRequest.intent("AMAZON.StopIntent").forSkill(AlexaRequest.ACCESS_TOKEN).json())
                .statusCode(500)
                .body("errorMessage", containsString("Refused a request for an application id that is not a skill id"));

        assertNoSecretIn(log.written(), List.of(secret("the user's token", AlexaRequest.ACCESS_TOKEN)));
    }

    @Test
    void requestWithoutContextIsRefusedBecauseItNamesNoSkill() {
        send("{\"version\":\"1.0\",\"request\":{\"type\":\"LaunchRequest\",\"requestId\":\"amzn1.echo-api.request.1\","
                + "\"timestamp\":\"2026-11-24T16:00:00Z\",\"locale\":\"en-US\"}}")
                .statusCode(500)
                .body("errorMessage", containsString("Refused a request without an application id"));
    }
}
