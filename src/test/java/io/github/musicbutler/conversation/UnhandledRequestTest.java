package io.github.musicbutler.conversation;

import static io.github.musicbutler.support.Alexa.ask;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class UnhandledRequestTest {

    @Test
    void intentNoHandlerKnowsGetsAHelpfulRepromptNotAnError() {
        ask(AlexaRequest.intent("OrderPizzaIntent"))
                .body("response.outputSpeech.ssml", containsString("Sorry, I didn't get that. You can ask for your playlists"))
                .body("response.reprompt.outputSpeech.ssml", containsString("Say help"))
                .body("response.shouldEndSession", equalTo(false));
    }

    @Test
    void eventNobodySpokeGetsAnEmptyResponse() {
        ask(AlexaRequest.skillEnabledEvent())
                .body("version", equalTo("1.0"))
                .body("response", anEmptyMap());
    }
}
