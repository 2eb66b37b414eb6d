package io.github.musicbutler.playlists;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;

import io.github.musicbutler.skill.PendingChoice;
import io.github.musicbutler.spotify.Artwork;
import io.github.musicbutler.spotify.Playlist;

/**
 * The playlists offered in "Did you mean A or B?", kept in the session until the user answers (session attribute
 * {@value #ATTRIBUTE}), with the device they asked for, if any.
 */
public final class PlaylistChoice {

    static final String ATTRIBUTE = PendingChoice.PLAYLISTS;
    static final String DEVICE = "playlists.device";

    private static final Pattern ORDINAL_DIGITS = Pattern.compile("(\\d+)(?:st|nd|rd|th|\\.)?");
    private static final Map<String, Integer> ORDINAL_WORDS = Map.of("first", 1, "second", 2, "erste", 1,
            "ersten", 1, "zweite", 2, "zweiten", 2, "last", -1, "letzte", -1, "letzten", -1);

    /** A playlist as the session remembers it. */
    public record Offered(String name, String uri, String image) {

        static Offered of(Playlist playlist) {
            String image = playlist.images() == null || playlist.images().isEmpty() ? null : playlist.images().getFirst().url();
            return new Offered(playlist.name(), playlist.uri(), image);
        }

        List<Artwork> artwork() {
            return image == null ? List.of() : List.of(new Artwork(image, null, null));
        }
    }

    /** A device as the session remembers it. */
    public record Target(String id, String name) {
    }

    private PlaylistChoice() {
    }

    static boolean isOpen(HandlerInput input) {
        return input.getAttributesManager().getSessionAttributes().get(ATTRIBUTE) instanceof List<?> offered
                && !offered.isEmpty();
    }

    static void offer(HandlerInput input, List<Playlist> playlists, Target device) {
        Map<String, Object> session = input.getAttributesManager().getSessionAttributes();
        PendingChoice.offer(input, ATTRIBUTE, playlists.stream().map(Offered::of).map(offered -> {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", offered.name());
            map.put("uri", offered.uri());
            map.put("image", offered.image());
            return map;
        }).toList());
        if (device == null) {
            session.remove(DEVICE);
        } else {
            session.put(DEVICE, Map.of("id", device.id(), "name", device.name()));
        }
    }

    static List<Offered> offered(HandlerInput input) {
        if (!(input.getAttributesManager().getSessionAttributes().get(ATTRIBUTE) instanceof List<?> offered)) {
            return List.of();
        }
        return offered.stream().filter(Map.class::isInstance).map(Map.class::cast)
                .map(map -> new Offered(string(map.get("name")), string(map.get("uri")), string(map.get("image"))))
                .toList();
    }

    static Optional<Target> device(HandlerInput input) {
        if (input.getAttributesManager().getSessionAttributes().get(DEVICE) instanceof Map<?, ?> map) {
            return Optional.of(new Target(string(map.get("id")), string(map.get("name"))));
        }
        return Optional.empty();
    }

    /**
     * "The second one", "2nd", "die zweite", "the last one": the offered playlist at that position. AMAZON.Ordinal
     * usually gives digits ("2nd", "2."); when Alexa takes "the first one" for a playlist name, the words come.
     */
    static Optional<Offered> byPosition(List<Offered> offered, String said) {
        Matcher ordinal = ORDINAL_DIGITS.matcher(said.trim().toLowerCase(Locale.ROOT));
        int position;
        if (ordinal.matches()) {
            position = Integer.parseInt(ordinal.group(1));
        } else {
            List<String> words = List.of(said.toLowerCase(Locale.ROOT).split("\\W+"));
            position = ORDINAL_WORDS.entrySet().stream().filter(e -> words.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(0);
        }
        if (position == -1) {
            position = offered.size();
        }
        return position >= 1 && position <= offered.size() ? Optional.of(offered.get(position - 1)) : Optional.empty();
    }

    static void close(HandlerInput input) {
        input.getAttributesManager().getSessionAttributes().remove(ATTRIBUTE);
        input.getAttributesManager().getSessionAttributes().remove(DEVICE);
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
