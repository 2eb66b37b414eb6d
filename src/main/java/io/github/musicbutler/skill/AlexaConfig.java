package io.github.musicbutler.skill;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * How this function identifies the Alexa skill it serves.
 */
@ConfigMapping(prefix = "alexa")
public interface AlexaConfig {

    /**
     * The skill id ({@code amzn1.ask.skill.<uuid>}) whose requests this function answers; requests for any other
     * skill are refused. Environment variable {@code ALEXA_SKILL_ID}. Unset (the default): every request is
     * accepted, and a warning says so at startup.
     */
    Optional<String> skillId();
}
