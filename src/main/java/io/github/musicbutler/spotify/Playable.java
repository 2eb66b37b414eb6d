package io.github.musicbutler.spotify;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Something the skill can start on the user's Spotify: one of their playlists, or a search result. Small enough to
 * be kept in the session while the user decides.
 *
 * @param by    the artist (tracks, albums) or the owner (playlists); {@code null} for artists
 * @param image the https URL of a cover or portrait for the card, or {@code null}
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Playable(Kind kind, String name, String uri, String by, String image) {

    public enum Kind {
        TRACK, ALBUM, ARTIST, PLAYLIST
    }

    public static Playable of(Playlist playlist) {
        String owner = playlist.owner() == null ? null : playlist.owner().displayName();
        return new Playable(Kind.PLAYLIST, playlist.name(), playlist.uri(), owner, Artwork.widest(playlist.images()));
    }

    public static Playable of(PlayableItem track) {
        List<String> makers = track.makers();
        return new Playable(Kind.TRACK, track.name(), track.uri(), makers.isEmpty() ? null : makers.getFirst(),
                Artwork.widest(track.artwork()));
    }

    public static Playable of(Album album) {
        String artist = album.artists() == null || album.artists().isEmpty() ? null : album.artists().getFirst().name();
        return new Playable(Kind.ALBUM, album.name(), album.uri(), artist, Artwork.widest(album.images()));
    }

    public static Playable of(Artist artist) {
        return new Playable(Kind.ARTIST, artist.name(), artist.uri(), null, Artwork.widest(artist.images()));
    }

    /** What {@code PUT /me/player/play} needs: a song by its URI, everything else as a context from its start. */
    PlayRequest request() {
        return kind == Kind.TRACK ? PlayRequest.tracks(uri) : PlayRequest.context(uri);
    }

    /** The picture as Spotify describes pictures, for the card. */
    public List<Artwork> artwork() {
        return Artwork.of(image);
    }
}
