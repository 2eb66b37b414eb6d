package io.github.musicbutler.skill;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.LogCapture;
import io.github.musicbutler.support.Settings;

class SkillIdVerifierTest {

    @RegisterExtension
    LogCapture log = new LogCapture();

    private static RequestEnvelope requestFor(String skillId) {
        return new JacksonSerializer().deserialize(AlexaRequest.launch().forSkill(skillId).json(), RequestEnvelope.class);
    }

    @Test
    void withoutConfiguredSkillIdEveryRequestIsAccepted() {
        SkillIdVerifier verifier = new SkillIdVerifier(Settings.alexa(Map.of()));

        assertDoesNotThrow(() -> verifier.verify(requestFor("amzn1.ask.skill.00000000-1111-2222-3333-444444444444")));
    }

    @Test
    void withoutConfiguredSkillIdStartupWarns() {
        new SkillIdVerifier(Settings.alexa(Map.of())).warnWhenUnprotected(null);

        assertTrue(log.all().contains("ALEXA_SKILL_ID (alexa.skill-id) is not set"), log.all());
    }

    @Test
    void blankConfiguredSkillIdCountsAsUnset() {
        SkillIdVerifier verifier = new SkillIdVerifier(Settings.alexaForSkill("  "));

        assertDoesNotThrow(() -> verifier.verify(requestFor("amzn1.ask.skill.00000000-1111-2222-3333-444444444444")));
    }

    @Test
    void withConfiguredSkillIdNoStartupWarning() {
        new SkillIdVerifier(Settings.alexaForSkill(AlexaRequest.SKILL_ID)).warnWhenUnprotected(null);

        assertTrue(log.lines().isEmpty(), log.all());
    }

    @Test
    void configuredSkillIdRefusesOtherSkills() {
        SkillIdVerifier verifier = new SkillIdVerifier(Settings.alexaForSkill(AlexaRequest.SKILL_ID));

        assertThrows(SkillIdMismatchException.class,
                () -> verifier.verify(requestFor("amzn1.ask.skill.00000000-1111-2222-3333-444444444444")));
    }
}
