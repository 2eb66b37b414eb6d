package io.github.musicbutler.podcasts;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * {@link MyPodcastsTest} against the packaged function (and, with {@code -Dnative}, the native executable): Jackson
 * reads the followed shows and writes and reads back the offer to play one ({@code ShowChoice}, in the session).
 */
@QuarkusIntegrationTest
class MyPodcastsIT extends MyPodcastsTest {
}
