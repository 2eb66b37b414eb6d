package io.github.musicbutler.i18n;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The same scenarios in every published locale, from what {@code ./mvnw verify} built ({@code function.zip}, or
 * the native executable): every language's texts were packaged and are found there.
 */
@QuarkusIntegrationTest
class EveryLocaleIT extends EveryLocaleTest {
}
