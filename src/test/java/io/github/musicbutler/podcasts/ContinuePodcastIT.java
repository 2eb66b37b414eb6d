package io.github.musicbutler.podcasts;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link ContinuePodcastTest} against the packaged function (and, with {@code -Dnative}, the native executable):
 * Jackson reads saved episodes and followed shows with their resume points, and writes an episode's start position.
 */
@QuarkusIntegrationTest
class ContinuePodcastIT extends ContinuePodcastTest {
}
