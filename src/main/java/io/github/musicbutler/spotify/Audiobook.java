package io.github.musicbutler.spotify;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * An audiobook (AudiobookObject, SimplifiedAudiobookObject): a search result, or one in the listener's library.
 * Spotify offers audiobooks only in some markets and plans.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Audiobook(String id, String uri, String name, List<Author> authors, List<Artwork> images,
        Integer totalChapters) {

    /** An author (AuthorObject): only the name. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(String name) {
    }

    /** Whether it can be asked for: an id of Spotify's form (base 62), a name to say and a URI to play. */
    public boolean usable() {
        return id != null && SpotifyIds.isId(id) && name != null && uri != null && !uri.isBlank();
    }

    /** The authors' names, leaving out any Spotify sent without one. */
    public List<String> authorNames() {
        return authors == null ? List.of() : authors.stream()
                .filter(a -> a != null && a.name() != null && !a.name().isBlank()).map(Author::name).toList();
    }
}
