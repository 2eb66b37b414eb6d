package io.github.musicbutler.screens;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Touches against what was built: Jackson reads the UserEvent request (its arguments, any JSON) there too. */
@QuarkusIntegrationTest
class TouchIT extends TouchTest {
}
