package io.github.musicbutler.podcasts;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link PlayPodcastTest} against the packaged function (and, with {@code -Dnative}, the native executable): Jackson
 * reads shows and episodes (release dates, resume points, playability) and writes an episode's play request.
 */
@QuarkusIntegrationTest
class PlayPodcastIT extends PlayPodcastTest {
}
