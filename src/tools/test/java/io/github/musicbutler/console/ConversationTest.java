package io.github.musicbutler.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.support.AlexaRequest;

/**
 * The console keeps the session as an Echo does and sends the requests Alexa would send. The skill here is a
 * stand-in that records requests and plays back canned answers, so each rule of Alexa's session is seen alone.
 */
class ConversationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OPEN = """
            {"version":"1.0","sessionAttributes":{"lastList":["running mix","road trip"]},
             "response":{"outputSpeech":{"type":"SSML","ssml":"<speak>You have Running Mix &amp; Road Trip.</speak>"},
                         "shouldEndSession":false}}""";
    private static final String CLOSE = """
            {"version":"1.0","response":{"outputSpeech":{"type":"SSML","ssml":"<speak>Goodbye!</speak>"},
                                          "shouldEndSession":true}}""";

    private final List<JsonNode> sent = new ArrayList<>();
    private final Deque<String> answers = new ArrayDeque<>();
    private final Conversation conversation = new Conversation(UtteranceResolver.forLocale("en-US"), this::skill,
            AlexaRequest.ACCESS_TOKEN);

    private String skill(String request) {
        try {
            sent.add(JSON.readTree(request));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answers.pop();
    }

    @Test
    void openingTheSkillStartsANewSessionWithALaunchRequest() {
        answers.add(OPEN);

        conversation.say("open music butler");

        assertEquals("LaunchRequest", sent.get(0).at("/request/type").asText());
        assertTrue(sent.get(0).at("/session/new").asBoolean());
        assertEquals("en-US", sent.get(0).at("/request/locale").asText());
    }

    @Test
    void theNextUtteranceContinuesTheSessionWithTheAttributesTheSkillReturned() {
        answers.add(OPEN);
        answers.add(OPEN);

        conversation.say("open music butler");
        conversation.say("the second one");

        JsonNode second = sent.get(1);
        assertFalse(second.at("/session/new").asBoolean());
        assertEquals(sent.get(0).at("/session/sessionId"), second.at("/session/sessionId"));
        assertEquals("road trip", second.at("/session/attributes/lastList/1").asText());
        assertEquals("SelectOptionIntent", second.at("/request/intent/name").asText());
        assertEquals("2", second.at("/request/intent/slots/position/value").asText());
    }

    @Test
    void afterTheSkillEndsTheSessionTheNextUtteranceStartsAFreshOne() {
        answers.add(CLOSE);
        answers.add(OPEN);

        Turn goodbye = conversation.say("ask music butler to stop");
        conversation.say("what are my playlists");

        assertFalse(goodbye.sessionOpen());
        assertTrue(sent.get(1).at("/session/new").asBoolean());
        assertNotEquals(sent.get(0).at("/session/sessionId"), sent.get(1).at("/session/sessionId"));
        assertEquals(0, sent.get(1).at("/session/attributes").size());
    }

    @Test
    void slotsCarryTheEntityResolutionOfTheSkillsOwnSlotTypes() {
        answers.add(OPEN);

        conversation.say("play running mix on my laptop");

        JsonNode slots = sent.get(0).at("/request/intent/slots");
        JsonNode playlist = slots.at("/playlist/resolutions/resolutionsPerAuthority/0");
        assertEquals("running mix", slots.at("/playlist/value").asText());
        assertEquals("ER_SUCCESS_MATCH", playlist.at("/status/code").asText());
        assertEquals("running_mix", playlist.at("/values/0/value/id").asText());
        assertEquals("amzn1.er-authority.echo-sdk." + AlexaRequest.SKILL_ID + ".PLAYLIST_NAME",
                playlist.path("authority").asText());
        assertEquals("laptop", slots.at("/device/resolutions/resolutionsPerAuthority/0/values/0/value/id").asText());
    }

    @Test
    void aNameOutsideTheSlotTypeIsSentUnresolved() {
        answers.add(OPEN);

        conversation.say("play sommerhits für jürgen");

        JsonNode playlist = sent.get(0).at("/request/intent/slots/playlist");
        assertEquals("sommerhits für jürgen", playlist.path("value").asText());
        assertEquals("ER_SUCCESS_NO_MATCH",
                playlist.at("/resolutions/resolutionsPerAuthority/0/status/code").asText());
        assertFalse(sent.get(0).at("/request/intent/slots/device").has("value"));
    }

    @Test
    void theLinkedUsersTokenTravelsWhereAlexaPutsIt() {
        answers.add(OPEN);

        conversation.say("open music butler");

        assertEquals(AlexaRequest.ACCESS_TOKEN, sent.get(0).at("/context/System/user/accessToken").asText());
    }

    @Test
    void anUnlinkedUserSendsNoToken() {
        Conversation unlinked = new Conversation(UtteranceResolver.forLocale("en-US"), this::skill, null);
        answers.add(CLOSE);

        unlinked.say("open music butler");

        assertFalse(sent.get(0).at("/context/System/user").has("accessToken"));
    }

    /** The stand-in fails when it has no answer left, as a function that crashed would. */
    @Test
    void aSkillThatFailsToAnswerEndsTheSession() {
        answers.add(OPEN);
        conversation.say("open music butler");
        assertTrue(conversation.sessionOpen());

        assertThrows(NoSuchElementException.class, () -> conversation.say("help"));

        assertFalse(conversation.sessionOpen());
    }

    @Test
    void theAnswerIsReadAsPlainText() {
        answers.add(OPEN);

        Turn turn = conversation.say("what are my playlists");

        assertEquals("You have Running Mix & Road Trip.", turn.speech());
        assertTrue(turn.sessionOpen());
    }
}
