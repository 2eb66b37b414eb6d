package io.github.musicbutler.skill;

import java.util.Map;

import io.github.musicbutler.support.AlexaRequest;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The same behaviour, from what {@code ./mvnw verify} built: {@code function.zip} gets its skill id as Terraform
 * gives it, in {@code ALEXA_SKILL_ID}; or the native executable. (The {@code @QuarkusTest}s have it from the test
 * configuration; the built function runs without it unless told.)
 */
@QuarkusIntegrationTest
@TestProfile(SkillIdVerificationIT.OwnSkillId.class)
class SkillIdVerificationIT extends SkillIdVerificationTest {

    public static class OwnSkillId implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("alexa.skill-id", AlexaRequest.SKILL_ID);
        }
    }
}
