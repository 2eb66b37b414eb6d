package io.github.musicbutler.i18n;

import static io.github.musicbutler.support.Alexa.ask;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class LocalizationTest {

    @Test
    void germanRequestIsAnsweredInGerman() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", containsString("Ich spiele deine eigene Spotify-Musik"))
                .body("response.card.title", equalTo("Musik Butler"));
    }

    @Test
    void germanUnlinkedWelcomeExplainsLinkingInGerman() {
        ask(AlexaRequest.launch().unlinked().locale("de-DE"))
                .body("response.outputSpeech.ssml", containsString("verknüpfe bitte dein Spotify-Konto"))
                .body("response.card.type", equalTo("LinkAccount"));
    }

    @Test
    void britishRequestIsAnsweredInEnglish() {
        ask(AlexaRequest.intent("AMAZON.StopIntent").locale("en-GB"))
                .body("response.outputSpeech.ssml", equalTo("<speak>Goodbye!</speak>"));
    }

    @Test
    void frenchRequestIsAnsweredInFrench() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent").locale("fr-FR"))
                .body("response.outputSpeech.ssml", containsString("Je joue votre propre musique Spotify"))
                .body("response.card.title", equalTo("Majordome Musical"));
    }

    @Test
    void canadianFrenchRequestIsAnsweredInFrenchWithQuebecWords() {
        ask(AlexaRequest.intent("AMAZON.FallbackIntent").locale("fr-CA"))
                .body("response.outputSpeech.ssml", containsString("Je peux jouer vos listes de lecture"));
    }

    @Test
    void unsupportedLocaleFallsBackToEnglish() {
        ask(AlexaRequest.intent("AMAZON.StopIntent").locale("ja-JP"))
                .body("response.outputSpeech.ssml", equalTo("<speak>Goodbye!</speak>"));
    }
}
