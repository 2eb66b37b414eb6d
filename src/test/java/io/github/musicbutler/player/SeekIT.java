package io.github.musicbutler.player;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link SeekTest} against the packaged function (and, with {@code -Dnative}, the native executable): Jackson reads
 * where the song is ({@code progress_ms}) and how long it is ({@code duration_ms}), new to the records it reads.
 */
@QuarkusIntegrationTest
class SeekIT extends SeekTest {
}
