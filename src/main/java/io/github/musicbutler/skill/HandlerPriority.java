package io.github.musicbutler.skill;

/**
 * The order in which the skill asks its handlers: the ASK SDK gives a request to the first handler whose
 * {@code canHandle} says yes, and handlers are collected from CDI sorted by {@code @Priority}, highest first.
 * Every handler declares one of these, so the order never depends on discovery.
 */
public final class HandlerPriority {

    /** Answers to a question the skill asked in the previous turn: they must see the reply first. */
    public static final int FOLLOW_UP = 200;

    /** Handlers for one specific request type or intent. */
    public static final int SPECIFIC = 100;

    /** Answers whatever no other handler took. Must stay last. */
    public static final int CATCH_ALL = -1000;

    private HandlerPriority() {
    }
}
