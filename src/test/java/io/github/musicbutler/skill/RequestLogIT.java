package io.github.musicbutler.skill;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same behaviour, from what {@code ./mvnw verify} built ({@code function.zip}, or the native executable), at the
 * log level it is deployed with: no token or id in its output.
 */
@QuarkusIntegrationTest
class RequestLogIT extends RequestLogTest {
}
