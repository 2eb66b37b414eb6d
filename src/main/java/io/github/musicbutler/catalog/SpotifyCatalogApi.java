package io.github.musicbutler.catalog;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.github.musicbutler.secrets.ClientSecretLoader;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.smallrye.mutiny.Uni;

/**
 * Spotify's catalog, called with the app's own token: the OIDC client filter puts the token of the OIDC client
 * {@code spotify} (client-credentials grant) on every call, fetching it on first use and renewing it before it
 * expires; {@link ClientSecretLoader} reads the client secret before the first token request. Base URL
 * {@code quarkus.rest-client.spotify-catalog.url}, i.e. {@code SPOTIFY_API_URL}.
 */
@RegisterRestClient(configKey = "spotify-catalog")
@OidcClientFilter("spotify")
@RegisterProvider(ClientSecretLoader.class)
@Produces(MediaType.APPLICATION_JSON)
public interface SpotifyCatalogApi {

    /** Spotify accepts at most this many results per type. */
    int MAX_LIMIT = 10;

    /**
     * {@code GET /search}.
     *
     * @param query  Spotify's query syntax, e.g. {@code artist:"Daft Punk"}
     * @param types  comma-separated: {@code track}, {@code artist}, {@code album}, {@code playlist}
     * @param limit  results per type, 1 to {@link #MAX_LIMIT}
     * @param market an ISO 3166-1 alpha-2 country code, or {@code null} for none
     */
    @GET
    @Path("/search")
    Uni<SearchResponse> search(@QueryParam("q") String query, @QueryParam("type") String types,
            @QueryParam("limit") int limit, @QueryParam("market") String market);
}
