package io.github.musicbutler.reply;

import java.util.List;

import com.amazon.ask.model.ui.Image;
import com.amazon.ask.response.ResponseBuilder;

import io.github.musicbutler.spotify.Artwork;

/**
 * The card in the Alexa app: a standard card with Spotify's picture where there is one, a simple card otherwise.
 */
public final class Cards {

    private Cards() {
    }

    public static ResponseBuilder withArtwork(ResponseBuilder response, String title, String text, List<Artwork> images) {
        List<Artwork> usable = images == null ? List.of()
                : images.stream().filter(image -> image.url() != null && image.url().startsWith("https://")).toList();
        if (usable.isEmpty()) {
            return response.withSimpleCard(title, text);
        }
        // Spotify lists the widest picture first; the card's small image is the narrowest one.
        Image image = Image.builder()
                .withLargeImageUrl(usable.getFirst().url())
                .withSmallImageUrl(usable.getLast().url())
                .build();
        return response.withStandardCard(title, text, image);
    }
}
