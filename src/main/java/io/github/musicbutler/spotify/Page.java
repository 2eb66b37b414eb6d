package io.github.musicbutler.spotify;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One page of a list Spotify hands out in pages ({@code limit}, {@code offset}, {@code next}). Spotify sends
 * {@code null} in place of items it withholds (seen in search results), so {@link #items()} leaves them out.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Page<T>(List<T> items, int total, int limit, int offset, String next) {

    public List<T> items() {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }
}
