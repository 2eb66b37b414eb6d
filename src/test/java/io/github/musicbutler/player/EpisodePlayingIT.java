package io.github.musicbutler.player;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link EpisodePlayingTest} against the packaged function (and, with {@code -Dnative}, the native executable):
 * Jackson reads an episode's release date, its precision and its own pictures, new to the records it reads.
 */
@QuarkusIntegrationTest
class EpisodePlayingIT extends EpisodePlayingTest {
}
