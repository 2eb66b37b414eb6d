package io.github.musicbutler.conversation;

import static io.github.musicbutler.support.Alexa.ask;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
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
    void helpForUnlinkedUsersOffersSearchAndSaysHowToGetTheRest() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent").unlinked())
                .body("response.outputSpeech.ssml", equalTo("<speak>Without a linked Spotify account, I can search "
                        + "Spotify for you. You can say: search for Daft Punk, find songs by Adele or find playlists "
                        + "about rainy days. To play your own music, link your Spotify account in the Alexa app. "
                        + "What would you like?</speak>"))
                .body("response.card.type", equalTo("Simple"))
                .body("response.card.content", equalTo("Without a linked Spotify account, I can search Spotify for "
                        + "you.\nYou can say:\n- \"search for Daft Punk\"\n- \"find songs by Adele\"\n"
                        + "- \"find playlists about rainy days\"\nTo play your own music, link your Spotify account "
                        + "in the Alexa app."));
    }

    @Test
    void helpForLinkedUsersSaysFiveExamplesAndPointsToTheCard() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent"))
                .body("response.outputSpeech.ssml", equalTo("<speak>I play and tell you about your own Spotify music. "
                        + "You can say: what are my playlists, play Daft Punk, play my liked songs, what&apos;s "
                        + "playing or search for Daft Punk. There's more on the card in your Alexa app. "
                        + "What would you like?</speak>"));
    }

    /** Searching Spotify's catalog by voice is what only this skill does: help says so to everyone. */
    @ParameterizedTest
    @ValueSource(strings = { "linked", "unlinked" })
    void helpNamesSearchWhetherLinkedOrNot(String who) {
        ask(help(who)).body("response.outputSpeech.ssml", containsString("search for Daft Punk"));
        ask(help(who).locale("de-DE")).body("response.outputSpeech.ssml", containsString("suche nach Daft Punk"));
    }

    private static AlexaRequest help(String who) {
        AlexaRequest help = AlexaRequest.intent("AMAZON.HelpIntent");
        return who.equals("linked") ? help : help.unlinked();
    }

    @Test
    void helpCardForLinkedUsersListsEveryExample() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent"))
                .body("response.card.content", equalTo("I play and tell you about your own Spotify music.\n"
                        + "You can say:\n- \"what are my playlists\"\n- \"play Daft Punk\"\n- \"play my liked songs\"\n"
                        + "- \"what's playing\"\n- \"search for Daft Punk\"\n- \"set the volume to forty\"\n"
                        + "- \"play running mix on the kitchen speaker\"\n- \"play the album Random Access Memories\"\n"
                        + "- \"queue Bohemian Rhapsody\"\n- \"pause\"\n- \"skip\"\n- \"repeat this song\"\n"
                        + "- \"what are my devices\"\n- \"who are my top artists this month\"\n- \"save this song\"\n"
                        + "- \"add this song to running mix\"\n- \"play the podcast The Daily\""));
    }

    @Test
    void germanHelpSaysFiveExamplesAndPointsToTheCard() {
        ask(AlexaRequest.intent("AMAZON.HelpIntent").locale("de-DE"))
                .body("response.outputSpeech.ssml", equalTo("<speak>Ich spiele deine eigene Spotify-Musik und erzähle "
                        + "dir davon. Du kannst sagen: was sind meine Playlists, spiel Daft Punk, spiele meine "
                        + "Lieblingssongs, was läuft gerade oder suche nach Daft Punk. Mehr steht auf der Karte in "
                        + "deiner Alexa-App. Was möchtest du?</speak>"))
                .body("response.card.title", equalTo("Musik Butler"))
                .body("response.card.content", containsString("\n- \"mach weiter\"\n- \"nächster Titel\"\n"));
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
