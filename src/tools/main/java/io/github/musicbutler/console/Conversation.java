package io.github.musicbutler.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.console.Turn.Card;
import io.github.musicbutler.console.Understanding.Slot;
import io.github.musicbutler.support.AlexaRequest;

/**
 * A conversation with the skill as an Echo has it: each utterance becomes the request Alexa would send, with the
 * session Alexa keeps. "open …" or "ask … " starts a session ({@code session.new} true); while the skill keeps it
 * open ({@code shouldEndSession: false}), the next utterance continues it and carries back the
 * {@code sessionAttributes} of the last answer. Words spoken outside a session are treated as a one-shot
 * ("ask music butler …"), so the console never ignores what was typed.
 */
public final class Conversation {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final UtteranceResolver resolver;
    private final UnaryOperator<String> skill;
    private final String accessToken;
    private final String personId;
    private final String personToken;
    private String sessionId;
    private JsonNode attributes;
    /** Whether the requests come from a device with a screen (an Echo Show). */
    private boolean screen;
    /** The slot the skill asked for with {@code Dialog.ElicitSlot}, for the next utterance only. */
    private UtteranceResolver.Elicited elicited;

    /**
     * @param skill sends an Alexa request envelope to the function and returns its answer
     * @param accessToken the linked user's Spotify token as Alexa would send it, or null for an unlinked user
     */
    public Conversation(UtteranceResolver resolver, UnaryOperator<String> skill, String accessToken) {
        this(resolver, skill, accessToken, null, null);
    }

    /**
     * @param personId    a recognised speaker, as Alexa identifies them in {@code context.System.person}, or null
     * @param personToken that speaker's own Spotify token, when they linked personally, or null
     */
    public Conversation(UtteranceResolver resolver, UnaryOperator<String> skill, String accessToken, String personId,
            String personToken) {
        this.resolver = resolver;
        this.skill = skill;
        this.accessToken = accessToken;
        this.personId = personId;
        this.personToken = personToken;
    }

    /** From now on, the requests say the device has a screen, as an Echo Show's do. */
    public Conversation onScreen() {
        this.screen = true;
        return this;
    }

    public boolean sessionOpen() {
        return sessionId != null;
    }

    public Turn say(String utterance) {
        Understanding understood = resolver.resolve(utterance, sessionOpen() ? elicited : null);
        boolean newSession = !sessionOpen() || understood.invoked();
        if (newSession) {
            sessionId = "amzn1.echo-api.session." + UUID.randomUUID();
            attributes = null;
        }
        elicited = null;
        String request = envelope(understood, newSession).json();
        String response;
        try {
            response = skill.apply(request);
        } catch (RuntimeException | AssertionError e) {
            // Alexa ends the session when the skill fails to answer.
            sessionId = null;
            attributes = null;
            throw e;
        }
        return turn(understood, newSession, request, response);
    }

    private AlexaRequest envelope(Understanding understood, boolean newSession) {
        AlexaRequest request;
        if (understood.kind() == Understanding.Kind.LAUNCH) {
            request = AlexaRequest.launch();
        } else {
            request = AlexaRequest.intent(understood.intent());
            for (Slot slot : understood.slots()) {
                if (!slot.filled()) {
                    request.emptySlot(slot.name());
                } else if (slot.customType()) {
                    request.resolvedSlot(slot.name(), slot.type(), slot.value(),
                            slot.entity().map(Understanding.Entity::id).orElse(null),
                            slot.entity().map(Understanding.Entity::name).orElse(null));
                } else {
                    request.slot(slot.name(), slot.value());
                }
            }
        }
        request.locale(resolver.locale())
                .newSession(newSession)
                .sessionId(sessionId)
                .sessionAttributes(attributes)
                .requestId("amzn1.echo-api.request." + UUID.randomUUID(), Instant.now());
        request = accessToken == null ? request.unlinked() : request.linkedWith(accessToken);
        request = screen ? request.onScreen() : request;
        // Alexa recognises a voice ID with "Personalize skills" on at the voice-only level (300).
        return personId == null ? request : request.spokenBy(personId, personToken, 300);
    }

    private Turn turn(Understanding understood, boolean newSession, String request, String response) {
        JsonNode answer;
        try {
            answer = JSON.readTree(response);
        } catch (IOException e) {
            throw new UncheckedIOException("The skill did not answer with JSON: " + response, e);
        }
        JsonNode body = answer.path("response");
        // Without shouldEndSession: false, a voice-only Echo closes the session after speaking.
        boolean open = body.path("shouldEndSession").isBoolean() && !body.path("shouldEndSession").asBoolean();
        if (open) {
            attributes = answer.path("sessionAttributes");
            elicited = elicitation(body.path("directives"));
        } else {
            sessionId = null;
            attributes = null;
        }
        Optional<String> reprompt = body.path("reprompt").has("outputSpeech")
                ? Optional.of(speech(body.path("reprompt").path("outputSpeech")))
                : Optional.empty();
        return new Turn(understood, newSession, speech(body.path("outputSpeech")), reprompt, card(body.path("card")),
                open, request, response);
    }

    /** A {@code Dialog.ElicitSlot} directive: which slot of which intent the next words are. */
    private static UtteranceResolver.Elicited elicitation(JsonNode directives) {
        for (JsonNode directive : directives) {
            if ("Dialog.ElicitSlot".equals(directive.path("type").asText())) {
                Map<String, String> filled = new LinkedHashMap<>();
                directive.path("updatedIntent").path("slots").forEach(slot -> {
                    if (slot.hasNonNull("value")) {
                        filled.put(slot.path("name").asText(), slot.path("value").asText());
                    }
                });
                return new UtteranceResolver.Elicited(directive.path("updatedIntent").path("name").asText(),
                        directive.path("slotToElicit").asText(), filled);
            }
        }
        return null;
    }

    private static String speech(JsonNode outputSpeech) {
        return "PlainText".equals(outputSpeech.path("type").asText())
                ? outputSpeech.path("text").asText()
                : SpokenText.of(outputSpeech.path("ssml").asText(null));
    }

    private static Optional<Card> card(JsonNode card) {
        if (card.isMissingNode() || card.isNull()) {
            return Optional.empty();
        }
        String content = card.has("content") ? card.path("content").asText() : card.path("text").asText("");
        return Optional.of(new Card(card.path("type").asText(), card.path("title").asText(""), content));
    }
}
