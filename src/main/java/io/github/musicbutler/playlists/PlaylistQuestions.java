package io.github.musicbutler.playlists;

import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.github.musicbutler.dialogue.QuestionType;

/**
 * The questions the playlist intents ask, by their names in the session.
 */
@Singleton
class PlaylistQuestions {

    @Produces
    @Singleton
    QuestionType playlistChoice() {
        // Until the release after next: the previous format's "choice" about the listener's own playlists.
        return QuestionType.of(PlaylistChoice.NAME, PlaylistChoice.class)
                .readingPrevious(Map.of("waitingFor", "choice", "source", "PLAYLISTS"));
    }

    @Produces
    @Singleton
    QuestionType playlistSongs() {
        return QuestionType.of(PlaylistSongsChoice.NAME, PlaylistSongsChoice.class);
    }

    @Produces
    @Singleton
    QuestionType morePlaylists() {
        return QuestionType.of(MorePlaylists.NAME, MorePlaylists.class);
    }
}
