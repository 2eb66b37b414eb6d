package io.github.musicbutler.catalog;

import java.time.Duration;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link SearchResultPlayer} over {@code PUT /me/player/play}.
 */
@Singleton
public class RestSearchResultPlayer implements SearchResultPlayer {

    private static final Duration DEADLINE = Duration.ofSeconds(6);

    private final SpotifyPlayerApi player;

    RestSearchResultPlayer(@RestClient SpotifyPlayerApi player) {
        this.player = player;
    }

    @Override
    public void play(String accessToken, CatalogItem item) {
        try {
            player.play("Bearer " + accessToken, PlayRequest.of(item)).await().atMost(DEADLINE);
        } catch (RuntimeException failure) {
            throw CatalogException.playbackFailed(failure);
        }
    }
}
