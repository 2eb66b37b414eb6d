package io.github.musicbutler.screens;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A list to look at and touch: playlists (the page the voice reads), search results (the numbered choices the voice
 * offers), a playlist's songs, top artists and tracks, devices, liked songs. Each item may send a
 * {@code UserEvent} with its {@link Item#event()} and {@link Item#target()} when touched (empty event: not
 * touchable), which the skill answers as the spoken request ({@link Touch}).
 *
 * @param header  what the list is, as the card says it ("Your playlists (19)")
 * @param hint    what to say or touch, in the listener's language
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ListScreen(String header, String hint, List<Item> items) implements Screen {

    public static final String DOCUMENT = "ItemList";

    public ListScreen {
        items = List.copyOf(items);
    }

    /**
     * One line, its fields named as {@code AlexaImageList} reads them ({@code primaryText}, {@code secondaryText},
     * {@code imageSource}: "" for no picture).
     *
     * @param event  the kind of touch ({@link Touch}), "" when touching it does nothing
     * @param target what the touch is about: a Spotify URI, a device id, a position in the spoken list
     */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(String primaryText, String secondaryText, String imageSource, String event, String target) {

        public Item {
            primaryText = primaryText == null ? "" : primaryText;
            secondaryText = secondaryText == null ? "" : secondaryText;
            imageSource = imageSource == null ? "" : imageSource;
            event = event == null ? "" : event;
            target = target == null ? "" : target;
        }

        /** An item with the smallest https picture of Spotify's {@code images}. */
        public static Item of(String title, String subtitle, List<io.github.musicbutler.spotify.Artwork> images,
                String event, String target) {
            return new Item(title, subtitle, Pictures.small(images), event, target);
        }
    }

    @Override
    public String document() {
        return DOCUMENT;
    }
}
