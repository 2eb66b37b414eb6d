package io.github.musicbutler.skill;

import java.util.regex.Pattern;

/**
 * A request for a skill other than the one configured in {@code ALEXA_SKILL_ID}. The requested id is repeated only
 * when it looks like a skill id: whatever else an event carries there is not the log's business.
 */
public class SkillIdMismatchException extends RuntimeException {

    private static final Pattern SKILL_ID = Pattern.compile(
            "amzn1\\.(ask\\.skill|echo-sdk-ams\\.app)\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    SkillIdMismatchException(String requestedSkillId) {
        super(requestedSkillId == null
                ? "Refused a request without an application id: this function only answers the skill in ALEXA_SKILL_ID"
                : "Refused a request for " + (SKILL_ID.matcher(requestedSkillId).matches()
                        ? "skill " + requestedSkillId : "an application id that is not a skill id")
                        + ": this function only answers the skill in ALEXA_SKILL_ID",
                null, false, false);
    }
}
