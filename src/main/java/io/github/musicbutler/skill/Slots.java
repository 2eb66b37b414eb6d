package io.github.musicbutler.skill;

import java.util.Map;
import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.Slot;
import com.amazon.ask.model.slu.entityresolution.Resolution;
import com.amazon.ask.model.slu.entityresolution.StatusCode;

/**
 * Reads what the user said into an intent's slots.
 */
public final class Slots {

    private Slots() {
    }

    /** The words Alexa heard for the slot, if any. */
    public static Optional<String> value(HandlerInput input, String slot) {
        return slot(input, slot).map(Slot::getValue).filter(value -> !value.isBlank());
    }

    /** The id of the slot type value Alexa resolved the words to ({@code short_term} for "this month"). */
    public static Optional<String> resolvedId(HandlerInput input, String slot) {
        return slot(input, slot)
                .map(Slot::getResolutions)
                .filter(resolutions -> resolutions.getResolutionsPerAuthority() != null)
                .flatMap(resolutions -> resolutions.getResolutionsPerAuthority().stream()
                        .filter(r -> r.getStatus() != null && r.getStatus().getCode() == StatusCode.ER_SUCCESS_MATCH)
                        .map(Resolution::getValues)
                        .filter(values -> values != null && !values.isEmpty())
                        .map(values -> values.getFirst().getValue().getId())
                        .findFirst());
    }

    private static Optional<Slot> slot(HandlerInput input, String slot) {
        if (input.getRequestEnvelope().getRequest() instanceof IntentRequest request && request.getIntent() != null) {
            Map<String, Slot> slots = request.getIntent().getSlots();
            return Optional.ofNullable(slots == null ? null : slots.get(slot));
        }
        return Optional.empty();
    }
}
