package io.github.musicbutler.telemetry;

import java.util.Locale;

/**
 * How an invocation ended, as the request log line and the metrics record name it ({@code Outcome}, see
 * docs/operating.md). A closed set of names, so that it stays a low-cardinality metric dimension: a Spotify failure
 * is named after its kind, which the caller passes as the enum constant it is.
 */
public final class Outcome {

    /** The skill answered what was asked (a spoken apology the skill chose included, e.g. "no such playlist"). */
    public static final Outcome ANSWERED = new Outcome("answered");
    /** No Spotify link: the LinkAccount card. */
    public static final Outcome LINK_ASKED = new Outcome("link_asked");
    /** Spotify rejected the linked token: asked to link again. */
    public static final Outcome RELINK_ASKED = new Outcome("relink_asked");
    /** A request for another skill than {@code ALEXA_SKILL_ID}. */
    public static final Outcome SKILL_ID_REFUSED = new Outcome("skill_id_refused");
    /** An event that is not an Alexa request envelope. */
    public static final Outcome UNREADABLE_REQUEST = new Outcome("unreadable_request");
    /** Anything unexpected: the user heard the general apology, or the invocation failed. */
    public static final Outcome ERROR = new Outcome("error");

    private static final String SPOTIFY = "spotify_";

    private final String name;

    private Outcome(String name) {
        this.name = name;
    }

    /** A Spotify failure of {@code kind} (a {@code SpotifyOutcome}): {@code spotify_premium_required}, … */
    public static Outcome spotify(Enum<?> kind) {
        return new Outcome(SPOTIFY + kind.name().toLowerCase(Locale.ROOT));
    }

    public String name() {
        return name;
    }

    public boolean isSpotifyFailure() {
        return name.startsWith(SPOTIFY);
    }

    public boolean isLinkPrompt() {
        return this == LINK_ASKED || this == RELINK_ASKED;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Outcome outcome && outcome.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
