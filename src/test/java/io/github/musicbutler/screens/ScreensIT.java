package io.github.musicbutler.screens;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The screens against what was built: Jackson writes the datasource records there too (natively, registered). */
@QuarkusIntegrationTest
class ScreensIT extends ScreensTest {
}
