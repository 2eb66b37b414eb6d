package io.github.musicbutler.skill;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.response.ResponseBuilder;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentConfirmationStatus;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.SlotConfirmationStatus;

import io.github.musicbutler.i18n.Phrase;

/**
 * A question whose answer is one slot of an intent ("What should I search for?" → "queen"): the answer carries a
 * {@code Dialog.ElicitSlot} directive, so Alexa reads the next words as that slot of that intent, even a bare name
 * no sample utterance would match. The intents and slots asked for this way are in the interaction models' dialog
 * model, with the short answers people give as slot samples. The session stays open for the answer.
 */
public final class Elicitation {

    private Elicitation() {
    }

    /**
     * Asks for {@code slot} of the intent of this request, keeping the values of its other slots (a playlist heard
     * stays when the device is asked for again).
     */
    public static Optional<Response> ask(HandlerInput input, String slot, Phrase question, Phrase reprompt) {
        Intent current = ((IntentRequest) input.getRequestEnvelope().getRequest()).getIntent();
        Map<String, String> kept = new LinkedHashMap<>();
        if (current.getSlots() != null) {
            current.getSlots().forEach((name, value) -> {
                if (!name.equals(slot) && value.getValue() != null) {
                    kept.put(name, value.getValue());
                }
            });
        }
        return ask(input, current.getName(), slot, kept, question, reprompt);
    }

    /**
     * Asks for {@code slot} of {@code intent}, which may be another intent than this request's ("No" to "Did you
     * mean Focus?" asks for PlayPlaylistIntent's playlist), with the other slots already {@code filled}.
     */
    public static Optional<Response> ask(HandlerInput input, String intent, String slot, Map<String, String> filled,
            Phrase question, Phrase reprompt) {
        return expect(input.getResponseBuilder().withSpeech(question.ssml()).withReprompt(reprompt.ssml()),
                intent, slot, filled).build();
    }

    /**
     * Makes an answer being built (with its card, say) expect {@code slot} of {@code intent} next, with the other
     * slots already {@code filled}; its speech should end with the question.
     */
    public static ResponseBuilder expect(ResponseBuilder answer, String intent, String slot, Map<String, String> filled) {
        Map<String, Slot> slots = new LinkedHashMap<>();
        filled.forEach((name, value) -> slots.put(name, Slot.builder().withName(name).withValue(value)
                .withConfirmationStatus(SlotConfirmationStatus.NONE).build()));
        slots.put(slot, Slot.builder().withName(slot).withConfirmationStatus(SlotConfirmationStatus.NONE).build());
        Intent updated = Intent.builder().withName(intent).withSlots(slots)
                .withConfirmationStatus(IntentConfirmationStatus.NONE).build();
        return answer.addElicitSlotDirective(slot, updated).withShouldEndSession(false);
    }
}
