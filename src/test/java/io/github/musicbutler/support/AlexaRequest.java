package io.github.musicbutler.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Realistic Alexa request envelopes, built from the JSON templates in {@code src/test/resources/alexa/} (shapes from
 * Amazon's request reference) and changed only where a test says so. The templates carry a linked user.
 */
public final class AlexaRequest {

    public static final String SKILL_ID = "amzn1.ask.skill.8f2e6c1a-3b4d-4e5f-9a0b-1c2d3e4f5a6b";
    public static final String ACCESS_TOKEN = "BQDlinked-user-access-token-0123456789abcdef";
    public static final String USER_ID = "amzn1.ask.account.AHXYZSECRETUSERIDFORTESTS7QJ3KZ2VQ";
    public static final String PERSON_ID = "amzn1.ask.person.AEPERSONIDOFARECOGNISEDSPEAKER4H7Q2ZV";
    public static final String PERSON_ACCESS_TOKEN = "BQDrecognised-speaker-access-token-9876543210fedcba";
    /** The token for Alexa's own APIs that every request carries ({@code context.System.apiAccessToken}). */
    public static final String ALEXA_API_ACCESS_TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.alexa-api-access-token.signature";
    public static final String DEVICE_ID = "amzn1.ask.device.AEXAMPLEDEVICEID4Z7Q";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode envelope;

    private AlexaRequest(ObjectNode envelope) {
        this.envelope = envelope;
    }

    private AlexaRequest(String template) {
        try (InputStream in = AlexaRequest.class.getResourceAsStream("/alexa/" + template)) {
            this.envelope = (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AlexaRequest launch() {
        return new AlexaRequest("launch-request.json");
    }

    public static AlexaRequest intent(String name) {
        AlexaRequest request = new AlexaRequest("intent-request.json");
        request.request().with("intent").put("name", name);
        return request;
    }

    public static AlexaRequest sessionEnded() {
        return new AlexaRequest("session-ended-request.json");
    }

    public static AlexaRequest skillEnabledEvent() {
        return new AlexaRequest("skill-enabled-event.json");
    }

    public AlexaRequest locale(String locale) {
        request().put("locale", locale);
        return this;
    }

    public AlexaRequest withoutLocale() {
        request().remove("locale");
        return this;
    }

    public AlexaRequest slot(String name, String value) {
        ObjectNode slot = request().with("intent").with("slots").with(name);
        slot.put("name", name);
        slot.put("value", value);
        slot.put("confirmationStatus", "NONE");
        return this;
    }

    /**
     * A slot filled the way Alexa fills one of a custom type: the spoken {@code value}, and the entity resolution
     * of the skill's own authority, {@code ER_SUCCESS_MATCH} with the canonical value and id, or
     * {@code ER_SUCCESS_NO_MATCH} when {@code id} is null. Also as {@code slotValue}, the newer shape.
     */
    public AlexaRequest resolvedSlot(String name, String slotType, String value, String id, String canonical) {
        ObjectNode slot = request().with("intent").with("slots").with(name);
        slot.put("name", name);
        slot.put("value", value);
        slot.put("confirmationStatus", "NONE");
        slot.put("source", "USER");
        ObjectNode resolutions = JSON.createObjectNode();
        ObjectNode authority = resolutions.putArray("resolutionsPerAuthority").addObject();
        authority.put("authority", "amzn1.er-authority.echo-sdk." + applicationId() + "." + slotType);
        authority.putObject("status").put("code", id == null ? "ER_SUCCESS_NO_MATCH" : "ER_SUCCESS_MATCH");
        if (id != null) {
            ObjectNode match = authority.putArray("values").addObject().putObject("value");
            match.put("name", canonical);
            match.put("id", id);
        }
        slot.set("resolutions", resolutions);
        ObjectNode slotValue = slot.putObject("slotValue");
        slotValue.put("type", "Simple");
        slotValue.put("value", value);
        slotValue.set("resolutions", resolutions.deepCopy());
        return this;
    }

    /** A slot the intent declares but the user did not fill: Alexa sends it without a value. */
    public AlexaRequest emptySlot(String name) {
        ObjectNode slot = request().with("intent").with("slots").with(name);
        slot.put("name", name);
        slot.put("confirmationStatus", "NONE");
        return this;
    }

    /** {@code session.new}: true for the first request of a session. */
    public AlexaRequest newSession(boolean isNew) {
        session().put("new", isNew);
        return this;
    }

    public AlexaRequest sessionId(String sessionId) {
        session().put("sessionId", sessionId);
        return this;
    }

    /** Each request Alexa sends has its own id and time. */
    public AlexaRequest requestId(String requestId, Instant timestamp) {
        request().put("requestId", requestId);
        request().put("timestamp", DateTimeFormatter.ISO_INSTANT.format(
                timestamp.truncatedTo(ChronoUnit.SECONDS)));
        return this;
    }

    /** The attributes the skill returned as {@code sessionAttributes} last turn, as Alexa sends them back. */
    public AlexaRequest sessionAttributes(JsonNode attributes) {
        session().set("attributes", attributes == null || attributes.isNull() ? JSON.createObjectNode() : attributes);
        return this;
    }

    /** A {@code TIME_RANGE} slot whose words Alexa resolved to one of its values, with that value's id. */
    public AlexaRequest resolvedSlot(String name, String heard, String valueName, String valueId) {
        return resolvedSlot(name, "TIME_RANGE", heard, valueId, valueName);
    }

    /**
     * A recognised speaker (voice ID with "Personalize skills" on), as Alexa adds them beside the account's
     * {@code user}: {@code context.System.person} with their id, how sure Alexa is ({@code level} 300: voice, 400:
     * voice and more), and, when they linked their own Spotify, their {@code accessToken}; {@code null} for none.
     */
    public AlexaRequest spokenBy(String personId, String accessToken, int confidenceLevel) {
        ObjectNode person = system().putObject("person");
        person.put("personId", personId);
        if (accessToken != null) {
            person.put("accessToken", accessToken);
        }
        person.putObject("authenticationConfidenceLevel").put("level", confidenceLevel);
        return this;
    }

    /**
     * A device with a screen, as an Echo Show or Echo Spot says so: {@code Alexa.Presentation.APL} among
     * {@code context.System.device.supportedInterfaces} (with the newest APL it renders) and its viewport in
     * {@code context.Viewports}. {@code shape} is {@code RECTANGLE} or {@code ROUND}.
     */
    public AlexaRequest onScreen(String shape, int pixelWidth, int pixelHeight, int dpi) {
        system().with("device").with("supportedInterfaces").putObject("Alexa.Presentation.APL")
                .putObject("runtime").put("maxVersion", "2024.2");
        ObjectNode viewport = JSON.createObjectNode();
        viewport.put("type", "APL");
        viewport.put("id", "main");
        viewport.put("shape", shape);
        viewport.put("dpi", dpi);
        viewport.put("presentationType", "STANDARD");
        viewport.put("canRotate", false);
        ObjectNode configuration = viewport.putObject("configuration").putObject("current");
        configuration.put("mode", "HUB");
        configuration.putObject("video").putArray("codecs").add("H_264_42").add("H_264_41");
        ObjectNode size = configuration.putObject("size");
        size.put("type", "DISCRETE");
        size.put("pixelWidth", pixelWidth);
        size.put("pixelHeight", pixelHeight);
        ((ObjectNode) envelope.get("context")).putArray("Viewports").add(viewport);
        return this;
    }

    /** An Echo Show 8: a 1280 x 800 landscape screen. */
    public AlexaRequest onScreen() {
        return onScreen("RECTANGLE", 1280, 800, 213);
    }

    /**
     * A touch on a screen the skill sent ({@code Alexa.Presentation.APL.UserEvent}): the {@code arguments} of the
     * document's {@code SendEvent}, the {@code token} of the RenderDocument it came from. Only a device with a screen
     * sends one, so the envelope says it has one.
     */
    public static AlexaRequest touch(String token, Object... arguments) {
        AlexaRequest request = new AlexaRequest("intent-request.json").onScreen();
        ObjectNode touch = JSON.createObjectNode();
        touch.put("type", "Alexa.Presentation.APL.UserEvent");
        touch.put("requestId", "amzn1.echo-api.request.touch-0b3c9d2e");
        touch.put("timestamp", "2026-12-07T20:15:03Z");
        touch.put("locale", request.request().path("locale").asText("en-US"));
        touch.put("token", token);
        touch.set("arguments", JSON.valueToTree(arguments));
        ObjectNode source = touch.putObject("source");
        source.put("type", "TouchWrapper");
        source.put("handler", "Press");
        source.put("id", "");
        touch.putObject("components");
        request.envelope.set("request", touch);
        return request;
    }

    public AlexaRequest linkedWith(String accessToken) {
        system().with("user").put("accessToken", accessToken);
        if (envelope.has("session")) {
            session().with("user").put("accessToken", accessToken);
        }
        return this;
    }

    /** A user who has not linked Spotify: Alexa sends no {@code accessToken} at all. */
    public AlexaRequest unlinked() {
        ((ObjectNode) system().get("user")).remove("accessToken");
        if (envelope.has("session")) {
            ((ObjectNode) session().get("user")).remove("accessToken");
        }
        return this;
    }

    public AlexaRequest forSkill(String skillId) {
        system().with("application").put("applicationId", skillId);
        if (envelope.has("session")) {
            session().with("application").put("applicationId", skillId);
        }
        return this;
    }

    /** The same, written as the JSON Alexa sends back. */
    public AlexaRequest sessionAttributes(String json) {
        try {
            return sessionAttributes(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public AlexaRequest sessionAttributes(Map<String, ?> attributes) {
        session().set("attributes", JSON.valueToTree(attributes));
        return this;
    }

    public AlexaRequest withoutSession() {
        envelope.remove("session");
        return this;
    }

    public AlexaRequest withoutUser() {
        ((ObjectNode) envelope.get("context").get("System")).remove("user");
        if (envelope.has("session")) {
            session().remove("user");
        }
        return this;
    }

    public AlexaRequest requestType(String type) {
        request().put("type", type);
        return this;
    }

    /** The same envelope, to change without changing this one. */
    public AlexaRequest copy() {
        return new AlexaRequest(envelope.deepCopy());
    }

    public String json() {
        return envelope.toString();
    }

    @Override
    public String toString() {
        return json();
    }

    private String applicationId() {
        return system().path("application").path("applicationId").asText();
    }

    private ObjectNode request() {
        return (ObjectNode) envelope.get("request");
    }

    private ObjectNode session() {
        return (ObjectNode) envelope.get("session");
    }

    private ObjectNode system() {
        return (ObjectNode) envelope.get("context").get("System");
    }
}
