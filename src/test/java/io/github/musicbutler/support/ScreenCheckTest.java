package io.github.musicbutler.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The binding check every screen answer goes through, on documents small enough to read at a glance. */
class ScreenCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFieldTheDatasourceDoesNotHaveIsNamedWithWhereTheDocumentBindsIt() throws IOException {
        JsonNode document = JSON.readTree("""
                {"type": "APL", "mainTemplate": {"parameters": ["payload"], "items": [
                  {"type": "Text", "text": "${payload.screen.title} (${payload.screen.subtitle})"}]}}""");

        assertEquals(List.of("payload.screen.subtitle (at /mainTemplate/items/0/text)"),
                ScreenCheck.unresolved(document, JSON.readTree("{\"screen\": {\"title\": \"Focus\"}}")));
    }

    @Test
    void resourcesBuiltInsAndQuotedTextAreNotData() throws IOException {
        JsonNode document = JSON.readTree("""
                {"type": "APL", "mainTemplate": {"parameters": ["payload"], "items": [
                  {"type": "Text", "when": "${@viewportProfile == @hubRoundSmall}",
                   "text": "${ordinal}. ${payload.screen.title ? 'a.b' : environment.agentName}"}]}}""");

        assertEquals(List.of(), ScreenCheck.unresolved(document, JSON.readTree("{\"screen\": {\"title\": \"x\"}}")));
    }

    @Test
    void anItemOfABoundListIsCheckedAgainstEveryElement() throws IOException {
        JsonNode document = JSON.readTree("""
                {"type": "APL", "mainTemplate": {"parameters": ["payload"], "items": [
                  {"type": "AlexaImageList", "listItems": "${payload.screen.items}",
                   "primaryAction": {"type": "SendEvent", "arguments": ["play", "${data.token}"]}}]}}""");

        assertEquals(List.of("data.token (at /mainTemplate/items/0/primaryAction/arguments/1)"),
                ScreenCheck.unresolved(document, JSON.readTree(
                        "{\"screen\": {\"items\": [{\"token\": \"1\"}, {\"primaryText\": \"Focus\"}]}}")));
    }

    @Test
    void aLayoutsParameterIsWhatItsUsePasses() throws IOException {
        JsonNode document = JSON.readTree("""
                {"type": "APL",
                 "layouts": {"Buttons": {"parameters": ["labels"], "item": {"type": "Text", "text": "${labels.pause}"}}},
                 "mainTemplate": {"parameters": ["payload"], "items": [
                   {"type": "Buttons", "labels": "${payload.screen.transport}"}]}}""");

        assertEquals(List.of("labels.pause (at /layouts/Buttons/item/text)"), ScreenCheck.unresolved(document,
                JSON.readTree("{\"screen\": {\"transport\": {\"next\": \"Next\"}}}")));
    }

    @Test
    void theNowPlayingDocumentNamesARenamedField() throws IOException {
        JsonNode sent = JSON.readTree("""
                {"screen": {"header": "Now playing", "title": "Get Lucky", "artists": "Daft Punk", "from": "",
                 "device": "", "imageUrl": "", "progressMs": 0, "durationMs": 0,
                 "transport": {"previous": "Previous", "pause": "Pause", "resume": "Resume", "next": "Next",
                               "playing": true}}}""");

        assertEquals(List.of("payload.screen.byline (at /mainTemplate/items/0/items/2/text)",
                "payload.screen.byline (at /mainTemplate/items/1/items/2/items/1/items/1/text)"),
                ScreenCheck.unresolved(ScreenCheck.document("NowPlaying"), sent));
    }
}
