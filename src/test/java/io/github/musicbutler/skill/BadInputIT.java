package io.github.musicbutler.skill;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same behaviour, from what {@code ./mvnw verify} built ({@code function.zip}, or the native executable): a bad
 * event is reported as the runtime reports errors, and the same process serves the next request.
 */
@QuarkusIntegrationTest
class BadInputIT extends BadInputTest {
}
