package io.github.musicbutler.i18n;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same behaviour, from what {@code ./mvnw verify} built ({@code function.zip}, or the native
 * executable): this also proves the message bundles were packaged.
 */
@QuarkusIntegrationTest
class LocalizationIT extends LocalizationTest {
}
