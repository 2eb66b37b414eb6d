package io.github.musicbutler.conversation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same behaviour, from the native executable ({@code ./mvnw verify -Dnative}). */
@QuarkusIntegrationTest
class BuiltInIntentsNativeIT extends BuiltInIntentsTest {
}
