package io.github.musicbutler.console;

import java.util.List;
import java.util.Optional;

/**
 * What Alexa made of one utterance: a launch ("open music butler") or an intent with its slots. {@code invoked}
 * says the invocation name was spoken, which starts a new session ("ask music butler what's playing").
 */
record Understanding(Kind kind, String intent, List<Slot> slots, boolean invoked) {

    enum Kind {
        LAUNCH, INTENT
    }

    static Understanding launch() {
        return new Understanding(Kind.LAUNCH, null, List.of(), true);
    }

    static Understanding intent(String name, List<Slot> slots) {
        return new Understanding(Kind.INTENT, name, List.copyOf(slots), false);
    }

    Understanding asInvoked() {
        return new Understanding(kind, intent, slots, true);
    }

    Optional<Slot> slot(String name) {
        return slots.stream().filter(slot -> slot.name().equals(name)).findFirst();
    }

    @Override
    public String toString() {
        if (kind == Kind.LAUNCH) {
            return "LaunchRequest";
        }
        StringBuilder text = new StringBuilder(intent);
        slots.stream().filter(Slot::filled).forEach(slot -> text.append(' ').append(slot));
        return text.toString();
    }

    /**
     * One slot of the intent. Alexa sends every slot the intent declares, filled or not. A filled slot of a custom
     * type carries the entity resolution: the value and id it matched, or none ({@code ER_SUCCESS_NO_MATCH}).
     */
    record Slot(String name, String type, String value, Optional<Entity> entity) {

        static Slot empty(String name, String type) {
            return new Slot(name, type, null, Optional.empty());
        }

        boolean filled() {
            return value != null;
        }

        boolean customType() {
            return !type.startsWith("AMAZON.");
        }

        @Override
        public String toString() {
            return name + "=\"" + value + "\"" + entity.map(e -> "→" + e.id()).orElse("");
        }
    }

    /** A value of a custom slot type: its id and canonical name. */
    record Entity(String id, String name) {
    }
}
