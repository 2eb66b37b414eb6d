package io.github.musicbutler.podcasts;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link AudiobooksTest} against the packaged function (and, with {@code -Dnative}, the native executable): Jackson
 * reads audiobooks, saved audiobooks and chapters, and writes a play request with an offset and a position.
 */
@QuarkusIntegrationTest
class AudiobooksIT extends AudiobooksTest {
}
