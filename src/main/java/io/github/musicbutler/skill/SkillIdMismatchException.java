package io.github.musicbutler.skill;

/**
 * A request for a skill other than the one configured in {@code ALEXA_SKILL_ID}.
 */
public class SkillIdMismatchException extends RuntimeException {

    SkillIdMismatchException(String requestedSkillId) {
        super(requestedSkillId == null
                ? "Refused a request without an application id: this function only answers the skill in ALEXA_SKILL_ID"
                : "Refused a request for skill " + requestedSkillId
                        + ": this function only answers the skill in ALEXA_SKILL_ID",
                null, false, false);
    }
}
