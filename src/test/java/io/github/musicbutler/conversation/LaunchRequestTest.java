package io.github.musicbutler.conversation;

import static io.github.musicbutler.support.Alexa.ask;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LaunchRequestTest {

    @Test
    void unlinkedUserIsWelcomedAndToldHowToLinkSpotify() {
        ask(AlexaRequest.launch().unlinked())
                .body("version", equalTo("1.0"))
                .body("response.outputSpeech.type", equalTo("SSML"))
                .body("response.outputSpeech.ssml", containsString("Welcome to Music Butler"))
                .body("response.outputSpeech.ssml", containsString("link your Spotify account"))
                .body("response.card.type", equalTo("LinkAccount"))
                .body("response.shouldEndSession", equalTo(true));
    }

    @Test
    void linkedUserIsWelcomedAndAskedWhatToDo() {
        ask(AlexaRequest.launch())
                .body("response.outputSpeech.ssml", containsString("Welcome to Music Butler"))
                .body("response.reprompt.outputSpeech.ssml", containsString("what are my playlists"))
                .body("response.card", nullValue())
                .body("response.shouldEndSession", equalTo(false));
    }

    @Test
    void emptyAccessTokenCountsAsUnlinked() {
        ask(AlexaRequest.launch().linkedWith(""))
                .body("response.card.type", equalTo("LinkAccount"));
    }
}
