package io.github.musicbutler.spotify;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer of {@code GET /search}: one page per requested type, absent for types not asked for.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SearchResults(Page<PlayableItem> tracks, Page<Artist> artists, Page<Album> albums,
        Page<Playlist> playlists, Page<Show> shows, Page<Episode> episodes, Page<Audiobook> audiobooks) {

    public List<PlayableItem> trackList() {
        return tracks == null ? List.of() : tracks.items();
    }

    public List<Artist> artistList() {
        return artists == null ? List.of() : artists.items();
    }

    public List<Album> albumList() {
        return albums == null ? List.of() : albums.items();
    }

    public List<Playlist> playlistList() {
        return playlists == null ? List.of() : playlists.items();
    }

    public List<Show> showList() {
        return shows == null ? List.of() : shows.items();
    }

    public List<Episode> episodeList() {
        return episodes == null ? List.of() : episodes.items();
    }

    public List<Audiobook> audiobookList() {
        return audiobooks == null ? List.of() : audiobooks.items();
    }
}
