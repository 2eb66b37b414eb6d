package io.github.musicbutler.skill;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.amazon.ask.model.Application;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.interfaces.system.SystemState;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses requests addressed to another skill. Written here rather than with the SDK's {@code withSkillId}: the SDK
 * answers a mismatch with a {@code null} response and a debug line, and fails with a NullPointerException on an
 * envelope without {@code context}; a refusal must be an error and must be visible in the log.
 */
@Singleton
public class SkillIdVerifier {

    private static final Logger LOG = Logger.getLogger(SkillIdVerifier.class);

    private final Optional<String> expectedSkillId;

    SkillIdVerifier(AlexaConfig config) {
        this.expectedSkillId = config.skillId().map(String::strip).filter(id -> !id.isEmpty());
    }

    void warnWhenUnprotected(@Observes StartupEvent startup) {
        if (expectedSkillId.isEmpty()) {
            LOG.warn("ALEXA_SKILL_ID (alexa.skill-id) is not set: requests for any skill are accepted. "
                    + "Set it to your skill's id before deploying.");
        }
    }

    /**
     * @throws SkillIdMismatchException when a skill id is configured and the request names another one, or none
     */
    public void verify(RequestEnvelope envelope) {
        if (expectedSkillId.isEmpty()) {
            return;
        }
        String requested = Optional.ofNullable(envelope.getContext())
                .map(Context::getSystem)
                .map(SystemState::getApplication)
                .map(Application::getApplicationId)
                .orElse(null);
        if (!expectedSkillId.get().equals(requested)) {
            SkillIdMismatchException refusal = new SkillIdMismatchException(requested);
            LOG.warn(refusal.getMessage());
            throw refusal;
        }
    }
}
