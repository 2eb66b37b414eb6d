package io.github.musicbutler.conversation;

import static io.github.musicbutler.support.Alexa.ask;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class BuiltInIntentsTest {

    @Test
    void helpSaysWhatTheSkillCanDoAndWaitsForAnAnswer() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent"))
                .body("response.outputSpeech.ssml", containsString("what are my playlists"))
                .body("response.reprompt.outputSpeech.ssml", containsString("What would you like"))
                .body("response.card.type", equalTo("Simple"))
                .body("response.card.title", equalTo("Music Butler"))
                .body("response.shouldEndSession", equalTo(false));
    }

    @Test
    void helpWorksForUnlinkedUsersToo() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent").unlinked())
                .body("response.outputSpeech.ssml", containsString("what are my playlists"))
                .body("response.card.type", equalTo("Simple"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent" })
    void leavingSaysGoodbyeAndEndsTheSession(String intent) {
        ask(AlexaRequest.intent(intent))
                .body("response.outputSpeech.ssml", equalTo("<speak>Goodbye!</speak>"))
                .body("response.reprompt", nullValue())
                .body("response.shouldEndSession", equalTo(true));
    }

    @Test
    void fallbackExplainsWhatTheSkillUnderstandsAndKeepsListening() {
        ask(AlexaRequest.intent("AMAZON.FallbackIntent"))
                .body("response.outputSpeech.ssml", containsString("Sorry, I can't help with that"))
                .body("response.reprompt.outputSpeech.ssml", containsString("Say help"))
                .body("response.shouldEndSession", equalTo(false));
    }
}
