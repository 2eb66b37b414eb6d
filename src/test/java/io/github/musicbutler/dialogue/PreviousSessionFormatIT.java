package io.github.musicbutler.dialogue;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same answers to questions kept in the previous session format, from what {@code ./mvnw verify} built
 * ({@code function.zip}, or the native executable): the session records are read by the packaged function's Jackson,
 * which in a native image knows only the types registered for reflection.
 */
@QuarkusIntegrationTest
class PreviousSessionFormatIT extends PreviousSessionFormatTest {
}
