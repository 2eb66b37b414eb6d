package io.github.musicbutler.skill;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How this function meets Alexa: which skill it serves, and how long Alexa waits for an answer.
 */
@ConfigMapping(prefix = "alexa")
public interface AlexaConfig {

    /**
     * The skill id ({@code amzn1.ask.skill.<uuid>}) whose requests this function answers; requests for any other
     * skill are refused. Environment variable {@code ALEXA_SKILL_ID}. Unset (the default): every request is
     * accepted, and a warning says so at startup.
     */
    Optional<String> skillId();

    /**
     * How long Alexa waits for an answer before it tells the listener the skill did not respond (about 8 seconds).
     * Environment variable {@code ALEXA_PATIENCE}. Default {@code 8s}. The name it had before, {@code
     * SPOTIFY_ALEXA_PATIENCE}, is still read when this one is unset, for one release (a warning says so at startup).
     */
    @WithDefault("${spotify.alexa-patience:8s}")
    Duration patience();

    /**
     * Time kept back from every request's budget for building and sending the answer, so the listener hears an
     * apology rather than Alexa's "the skill did not respond". Environment variable {@code ALEXA_SAFETY_MARGIN}.
     * Default {@code 1500ms}. {@code SPOTIFY_SAFETY_MARGIN}, its name before, is read as {@link #patience()}'s is.
     */
    @WithDefault("${spotify.safety-margin:1500ms}")
    Duration safetyMargin();
}
