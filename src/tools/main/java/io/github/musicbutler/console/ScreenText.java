package io.github.musicbutler.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an answer's screen shows, as lines of text for the console ({@code -Dconsole.screen}): the document it links
 * and the data it fills in, laid out as the skill's documents lay them out (skill-package/response/display). No
 * rendering: to see a document, preview it in the Alexa developer console (docs/screens.md).
 */
final class ScreenText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCUMENTS = "doc://alexa/apl/documents/";

    private ScreenText() {
    }

    /** The lines for the screen of {@code responseJson}; "Screen: none" when the answer shows nothing. */
    static List<String> of(String responseJson) {
        JsonNode answer;
        try {
            answer = JSON.readTree(responseJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>();
        for (JsonNode directive : answer.path("response").path("directives")) {
            if (directive.path("type").asText().equals("Alexa.Presentation.APL.RenderDocument")) {
                String document = directive.path("document").path("src").asText().replace(DOCUMENTS, "");
                lines.addAll(describe(document, directive.path("datasources").path("screen")));
            }
        }
        return lines.isEmpty() ? List.of("Screen: none") : lines;
    }

    private static List<String> describe(String document, JsonNode screen) {
        List<String> lines = new ArrayList<>();
        String header = screen.path("header").asText();
        lines.add("Screen " + document + " \"" + header + "\"" + (screen.path("hint").asText().isEmpty() ? ""
                : " (" + screen.path("hint").asText() + ")"));
        switch (document) {
            case "NowPlaying" -> {
                lines.add("  " + screen.path("title").asText() + " / " + screen.path("byline").asText()
                        + (screen.path("from").asText().isEmpty() ? "" : " / " + screen.path("from").asText()));
                if (!screen.path("device").asText().isEmpty()) {
                    lines.add("  on " + screen.path("device").asText());
                }
                long duration = screen.path("durationMs").asLong();
                if (duration > 0) {
                    lines.add("  " + time(screen.path("progressMs").asLong()) + " of " + time(duration));
                }
                JsonNode transport = screen.path("transport");
                lines.add("  [" + transport.path("previous").asText() + "] [" + transport.path("pause").asText()
                        + "] [" + transport.path("next").asText() + "]");
            }
            case "ItemList" -> {
                int n = 1;
                for (JsonNode item : screen.path("items")) {
                    String secondary = item.path("secondaryText").asText();
                    String touch = item.path("event").asText();
                    lines.add("  " + n++ + ". " + item.path("primaryText").asText()
                            + (secondary.isEmpty() ? "" : " - " + secondary)
                            + (item.path("imageSource").asText().isEmpty() ? "" : " [picture]")
                            + (touch.isEmpty() ? "" : " (touch: " + touch + ")"));
                }
            }
            default -> lines.add("  " + screen.path("text").asText());
        }
        return lines;
    }

    private static String time(long ms) {
        long seconds = ms / 1000;
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
