package io.github.musicbutler.catalog;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.smallrye.mutiny.Uni;

/**
 * The one player call search needs, with the user's token (never the app's: only users can play).
 * Base URL {@code quarkus.rest-client.spotify-player.url}, i.e. {@code SPOTIFY_API_URL}.
 * To be folded into the user's Spotify client at merge (see {@link SearchResultPlayer}).
 */
@RegisterRestClient(configKey = "spotify-player")
public interface SpotifyPlayerApi {

    /** {@code PUT /me/player/play} on the user's active device. */
    @PUT
    @Path("/me/player/play")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Void> play(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, PlayRequest request);
}
