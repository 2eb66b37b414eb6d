package io.github.musicbutler.catalog;

/**
 * Starts a search result on the user's active Spotify device, with the user's own token.
 * <p>
 * Starting playback belongs to the user's Spotify client ({@code io.github.musicbutler.spotify.SpotifyApi}, built on
 * another branch); this seam keeps search independent of it until the two are merged, when
 * {@link RestSearchResultPlayer} folds into that client.
 */
public interface SearchResultPlayer {

    /**
     * @throws CatalogException when Spotify refuses, e.g. {@link CatalogException.Reason#LINK_EXPIRED} for a token
     *                          it no longer accepts
     */
    void play(String accessToken, CatalogItem item);
}
