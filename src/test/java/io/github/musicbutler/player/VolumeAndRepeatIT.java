package io.github.musicbutler.player;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Volume and repeat from what {@code ./mvnw verify} built ({@code function.zip}, or the native executable): the
 * device's {@code volume_percent} and {@code supports_volume} and Spotify's VOLUME_CONTROL_DISALLOW as the deployed
 * function reads them.
 */
@QuarkusIntegrationTest
class VolumeAndRepeatIT extends VolumeAndRepeatTest {
}
