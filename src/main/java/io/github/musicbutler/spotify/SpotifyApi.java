package io.github.musicbutler.spotify;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

import io.smallrye.mutiny.Uni;

/**
 * The parts of the Spotify Web API the skill uses. {@code authorization} is {@code "Bearer <token>"}: the user's
 * token, or the app's own for {@link #search}. Only {@link SpotifySession} calls it, adding the request's deadline,
 * the retry after 429 and the translation of failures.
 */
@RegisterProvider(SpotifyErrorMapper.class)
@Produces(MediaType.APPLICATION_JSON)
interface SpotifyApi {

    /** Spotify accepts at most this many search results per type (since 2026). */
    int MAX_SEARCH_LIMIT = 10;

    /** The player's {@code additional_types}: besides tracks, which it always reports, episodes. */
    String EPISODES = "episode";

    @GET
    @Path("/me")
    Uni<UserProfile> profile(@HeaderParam("Authorization") String authorization);

    @GET
    @Path("/me/playlists")
    Uni<Page<Playlist>> playlists(@HeaderParam("Authorization") String authorization,
            @QueryParam("limit") int limit, @QueryParam("offset") int offset);

    @GET
    @Path("/playlists/{id}/items")
    Uni<Page<PlaylistEntry>> playlistItems(@HeaderParam("Authorization") String authorization,
            @PathParam("id") String playlistId, @QueryParam("limit") int limit, @QueryParam("offset") int offset);

    /** Appends items to a playlist; Spotify answers 201 with the playlist's new snapshot id, which is not needed. */
    @POST
    @Path("/playlists/{id}/items")
    Uni<Void> addToPlaylist(@HeaderParam("Authorization") String authorization, @PathParam("id") String playlistId,
            AddItemsRequest request);

    /**
     * Answers 204 (an empty item) when nothing is active. {@code additionalTypes}: {@value #EPISODES}, or an episode
     * playing comes as {@code "item": null}, which looks like nothing playing.
     */
    @GET
    @Path("/me/player")
    Uni<Playback> playback(@HeaderParam("Authorization") String authorization,
            @QueryParam("additional_types") String additionalTypes);

    /** Answers 204 (an empty item) when nothing is playing; {@code additionalTypes} as for {@link #playback}. */
    @GET
    @Path("/me/player/currently-playing")
    Uni<Playback> currentlyPlaying(@HeaderParam("Authorization") String authorization,
            @QueryParam("additional_types") String additionalTypes);

    @GET
    @Path("/me/player/devices")
    Uni<Devices> devices(@HeaderParam("Authorization") String authorization);

    /** Starts a context or songs; without {@code deviceId} on the active device. */
    @PUT
    @Path("/me/player/play")
    Uni<Void> play(@HeaderParam("Authorization") String authorization, @QueryParam("device_id") String deviceId,
            PlayRequest request);

    /**
     * Adds a song to the end of the queue; without {@code deviceId} on the active device. Needs
     * {@code user-modify-playback-state} and Premium.
     */
    @POST
    @Path("/me/player/queue")
    Uni<Void> queue(@HeaderParam("Authorization") String authorization, @QueryParam("uri") String uri,
            @QueryParam("device_id") String deviceId);

    /** Resumes what was paused. */
    @PUT
    @Path("/me/player/play")
    Uni<Void> resume(@HeaderParam("Authorization") String authorization);

    @PUT
    @Path("/me/player/pause")
    Uni<Void> pause(@HeaderParam("Authorization") String authorization);

    @POST
    @Path("/me/player/next")
    Uni<Void> next(@HeaderParam("Authorization") String authorization);

    @POST
    @Path("/me/player/previous")
    Uni<Void> previous(@HeaderParam("Authorization") String authorization);

    /** Without {@code deviceId} on the active device. */
    @PUT
    @Path("/me/player/shuffle")
    Uni<Void> shuffle(@HeaderParam("Authorization") String authorization, @QueryParam("state") boolean state,
            @QueryParam("device_id") String deviceId);

    /** {@code percent}: 0 to 100. Without {@code deviceId} on the active device. */
    @PUT
    @Path("/me/player/volume")
    Uni<Void> volume(@HeaderParam("Authorization") String authorization, @QueryParam("volume_percent") int percent,
            @QueryParam("device_id") String deviceId);

    /** {@code positionMs}: where in the playing item, in milliseconds. Without {@code deviceId} on the active device. */
    @PUT
    @Path("/me/player/seek")
    Uni<Void> seek(@HeaderParam("Authorization") String authorization, @QueryParam("position_ms") long positionMs,
            @QueryParam("device_id") String deviceId);

    /** {@code state}: {@code track}, {@code context} or {@code off}. */
    @PUT
    @Path("/me/player/repeat")
    Uni<Void> repeat(@HeaderParam("Authorization") String authorization, @QueryParam("state") String state);

    /** Moves playback to another device. */
    @PUT
    @Path("/me/player")
    Uni<Void> transfer(@HeaderParam("Authorization") String authorization, TransferRequest request);

    /** {@code timeRange}: {@code short_term}, {@code medium_term} or {@code long_term}. */
    @GET
    @Path("/me/top/artists")
    Uni<Page<Artist>> topArtists(@HeaderParam("Authorization") String authorization,
            @QueryParam("time_range") String timeRange, @QueryParam("limit") int limit);

    @GET
    @Path("/me/top/tracks")
    Uni<Page<PlayableItem>> topTracks(@HeaderParam("Authorization") String authorization,
            @QueryParam("time_range") String timeRange, @QueryParam("limit") int limit);

    /** The user's liked songs, newest first; {@code limit} at most 50 (scope user-library-read). */
    @GET
    @Path("/me/tracks")
    Uni<Page<SavedTrack>> savedTracks(@HeaderParam("Authorization") String authorization,
            @QueryParam("limit") int limit, @QueryParam("offset") int offset);

    /** Saves items (a comma-separated list of Spotify URIs) to the user's library. */
    @PUT
    @Path("/me/library")
    Uni<Void> saveToLibrary(@HeaderParam("Authorization") String authorization, @QueryParam("uris") String uris);

    /** A show's episodes, newest first; {@code limit} at most 50 (scope user-read-playback-position: resume points). */
    @GET
    @Path("/shows/{id}/episodes")
    Uni<Page<Episode>> showEpisodes(@HeaderParam("Authorization") String authorization, @PathParam("id") String showId,
            @QueryParam("market") String market, @QueryParam("limit") int limit, @QueryParam("offset") int offset);

    /** The episodes the listener saved, newest first, with their shows and resume points; {@code limit} at most 50. */
    @GET
    @Path("/me/episodes")
    Uni<Page<SavedEpisode>> savedEpisodes(@HeaderParam("Authorization") String authorization,
            @QueryParam("market") String market, @QueryParam("limit") int limit, @QueryParam("offset") int offset);

    /** The podcasts the listener follows, most recently followed first; {@code limit} at most 50. */
    @GET
    @Path("/me/shows")
    Uni<Page<SavedShow>> savedShows(@HeaderParam("Authorization") String authorization,
            @QueryParam("limit") int limit, @QueryParam("offset") int offset);

    /** The audiobooks in the listener's library, most recently saved first; {@code limit} at most 50. */
    @GET
    @Path("/me/audiobooks")
    Uni<Page<SavedAudiobook>> savedAudiobooks(@HeaderParam("Authorization") String authorization,
            @QueryParam("limit") int limit, @QueryParam("offset") int offset);

    /** An audiobook's chapters in the book's order, with resume points; {@code limit} at most 50. */
    @GET
    @Path("/audiobooks/{id}/chapters")
    Uni<Page<Chapter>> audiobookChapters(@HeaderParam("Authorization") String authorization,
            @PathParam("id") String audiobookId, @QueryParam("market") String market, @QueryParam("limit") int limit,
            @QueryParam("offset") int offset);

    /**
     * {@code GET /search}.
     *
     * @param query  Spotify's query syntax, e.g. {@code artist:"Daft Punk"}
     * @param types  comma-separated: {@code track}, {@code artist}, {@code album}, {@code playlist}, {@code show},
     *               {@code episode}, {@code audiobook}
     * @param limit  results per type, 1 to {@link #MAX_SEARCH_LIMIT}
     * @param market an ISO 3166-1 alpha-2 country code, or {@code null} for none
     */
    @GET
    @Path("/search")
    Uni<SearchResults> search(@HeaderParam("Authorization") String authorization, @QueryParam("q") String query,
            @QueryParam("type") String types, @QueryParam("limit") int limit, @QueryParam("market") String market);
}
