package io.github.musicbutler.skill;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same behaviour, from what {@code ./mvnw verify} built: {@code function.zip} gets its skill id as Terraform
 * gives it, in {@code ALEXA_SKILL_ID}; or the native executable.
 */
@QuarkusIntegrationTest
class SkillIdVerificationIT extends SkillIdVerificationTest {
}
