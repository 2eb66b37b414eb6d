package io.github.musicbutler.i18n;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same behaviour, from the native executable ({@code ./mvnw verify -Dnative}): this also proves the message bundles were
 * included as resources.
 */
@QuarkusIntegrationTest
class LocalizationNativeIT extends LocalizationTest {
}
