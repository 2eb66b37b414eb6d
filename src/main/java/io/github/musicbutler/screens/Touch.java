package io.github.musicbutler.screens;

import java.util.List;
import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.UserEvent;

/**
 * A touch on a screen the skill sent: Alexa's {@code Alexa.Presentation.APL.UserEvent} with the arguments of the
 * document's {@code SendEvent}, {@code [event, target]}. The events, and the spoken request each one is answered as:
 * <ul>
 * <li>{@link #PLAY} {@code <playlist uri>}: "play Running Mix" (a playlist of the list the listener was shown);</li>
 * <li>{@link #CHOOSE} {@code <position>}: "the second one" (a choice the skill offered, e.g. search results);</li>
 * <li>{@link #DEVICE} {@code <device id>}: "switch to the kitchen speaker";</li>
 * <li>{@link #LIKED} {@code <song uri>}: "play my liked songs", starting with that one of them;</li>
 * <li>{@link #PAUSE}, {@link #RESUME}, {@link #NEXT}, {@link #PREVIOUS}: "pause", "resume", "next", "previous".</li>
 * </ul>
 * A touch may come from a screen that stayed on after the conversation moved on, and its arguments come from a device:
 * they are read like any input ({@link #target}), never trusted.
 */
public final class Touch {

    public static final String PLAY = "play";
    public static final String CHOOSE = "choose";
    public static final String DEVICE = "device";
    public static final String LIKED = "liked";
    public static final String PAUSE = "pause";
    public static final String RESUME = "resume";
    public static final String NEXT = "next";
    public static final String PREVIOUS = "previous";

    /** Longer than any Spotify URI or device id: anything longer did not come from a screen of ours. */
    static final int MAX_TARGET = 200;

    private Touch() {
    }

    /** The touch's event (its first argument), if the request is a touch with one. */
    public static Optional<String> event(HandlerInput input) {
        return arguments(input).stream().findFirst().filter(String.class::isInstance).map(String.class::cast);
    }

    /**
     * What the touch is about (its second argument) as text: a string or a number of at most {@link #MAX_TARGET}
     * printable characters, or nothing.
     */
    public static Optional<String> target(HandlerInput input) {
        List<Object> arguments = arguments(input);
        if (arguments.size() < 2) {
            return Optional.empty();
        }
        Object target = arguments.get(1);
        String text = target instanceof String || target instanceof Number ? String.valueOf(target) : null;
        return Optional.ofNullable(text).map(String::strip)
                .filter(t -> !t.isEmpty() && t.length() <= MAX_TARGET && t.codePoints().noneMatch(Character::isISOControl));
    }

    /** The target as a position in a list, counted from 1 as spoken ("the second one" is 2). */
    public static Optional<Integer> position(HandlerInput input) {
        return target(input).filter(t -> t.matches("\\d{1,3}")).map(Integer::valueOf).filter(p -> p >= 1);
    }

    /** Whether the request is a touch of {@code event}. */
    public static boolean is(HandlerInput input, String event) {
        return event(input).filter(event::equals).isPresent();
    }

    private static List<Object> arguments(HandlerInput input) {
        if (input.getRequestEnvelope().getRequest() instanceof UserEvent touch && touch.getArguments() != null) {
            return touch.getArguments();
        }
        return List.of();
    }
}
