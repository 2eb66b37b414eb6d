package io.github.musicbutler.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** How the console prints what a screen shows ({@code -Dconsole.screen}). */
class ScreenTextTest {

    @Test
    void nowPlayingShowsTitleBylineProgressAndButtons() {
        assertEquals(List.of("Screen NowPlaying \"Now playing\"", "  Get Lucky / Daft Punk / It's from your playlist Focus.",
                "  on Kitchen Speaker", "  1:14 of 6:09", "  [Previous] [Pause] [Next]"), ScreenText.of("""
                {"response": {"directives": [{"type": "Alexa.Presentation.APL.RenderDocument", "token": "NowPlaying",
                  "document": {"type": "Link", "src": "doc://alexa/apl/documents/NowPlaying"},
                  "datasources": {"screen": {"header": "Now playing", "title": "Get Lucky", "byline": "Daft Punk",
                    "from": "It's from your playlist Focus.", "device": "Kitchen Speaker", "imageUrl": "",
                    "progressMs": 74213, "durationMs": 369626,
                    "transport": {"previous": "Previous", "pause": "Pause", "next": "Next"}}}}]}}"""));
    }

    @Test
    void aListIsNumberedWithWhatATouchDoes() {
        assertEquals(List.of("Screen ItemList \"Your playlists (2)\" (Touch one to play it.)",
                "  1. Running Mix - Anna [picture] (touch: play)", "  2. Focus"), ScreenText.of("""
                {"response": {"directives": [{"type": "Alexa.Presentation.APL.RenderDocument",
                  "document": {"type": "Link", "src": "doc://alexa/apl/documents/ItemList"},
                  "datasources": {"screen": {"header": "Your playlists (2)", "hint": "Touch one to play it.", "items": [
                    {"primaryText": "Running Mix", "secondaryText": "Anna", "imageSource": "https://i.scdn.co/x",
                     "event": "play", "target": "spotify:playlist:1"},
                    {"primaryText": "Focus", "secondaryText": "", "imageSource": "", "event": "", "target": ""}]}}}]}}"""));
    }

    @Test
    void anAnswerWithoutAScreenSaysSo() {
        assertEquals(List.of("Screen: none"), ScreenText.of("{\"response\": {\"outputSpeech\": {}}}"));
    }
}
