package io.github.musicbutler.spotify;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A picture Spotify offers in several sizes (ImageObject), widest first.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Artwork(String url, Integer width, Integer height) {

    /** The URL of the widest picture a device can fetch (https), or {@code null}: what a session keeps of a cover. */
    public static String widest(List<Artwork> images) {
        return images == null ? null : images.stream().map(Artwork::url)
                .filter(url -> url != null && url.startsWith("https://")).findFirst().orElse(null);
    }

    /** A picture kept as its URL ({@link #widest}), as Spotify describes pictures again: none for {@code null}. */
    public static List<Artwork> of(String url) {
        return url == null ? List.of() : List.of(new Artwork(url, null, null));
    }
}
