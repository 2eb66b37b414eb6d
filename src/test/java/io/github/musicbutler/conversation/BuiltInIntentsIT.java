package io.github.musicbutler.conversation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same behaviour, from what {@code ./mvnw verify} built: {@code function.zip}, or the native executable. */
@QuarkusIntegrationTest
class BuiltInIntentsIT extends BuiltInIntentsTest {
}
