package io.github.musicbutler.screens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.arc.All;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every touch a screen can send is answered: each event the skill package's documents send ({@code SendEvent}'s
 * first argument, written in the document or chosen in it by an expression) and each of {@link Touch}'s events, which
 * the skill puts in a list's data, has its {@link TouchHandler}, and a handler answers nothing no screen sends.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class TouchEventsTest {

    private static final Path DOCUMENTS = Path.of("skill-package/response/display");
    /** A quoted event inside an expression: {@code ${playing ? 'pause' : 'resume'}}. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    @Inject
    @All
    List<TouchHandler> handlers;

    @Test
    void everyEventADocumentSendsHasItsHandler() {
        Set<String> answered = answered();
        TreeMap<String, Set<String>> unanswered = new TreeMap<>();
        documentEvents().forEach((document, events) -> events.stream().filter(event -> !answered.contains(event))
                .forEach(event -> unanswered.computeIfAbsent(event, e -> new TreeSet<>()).add(document)));

        assertTrue(unanswered.isEmpty(), () -> "No TouchHandler declares event() for these events, sent by these"
                + " documents: " + unanswered + ". Add a handler (a SpokenTouchHandler when the touch means what a"
                + " spoken request means) and its constant in Touch.");
    }

    @Test
    void everyEventOfTouchHasItsHandler() {
        Set<String> unanswered = new TreeSet<>(touchEvents());
        unanswered.removeAll(answered());

        assertTrue(unanswered.isEmpty(), () -> "Touch declares events no TouchHandler answers: " + unanswered);
    }

    @Test
    void everyHandlerAnswersAnEventOfTouch() {
        Set<String> undeclared = new TreeSet<>(answered());
        undeclared.removeAll(touchEvents());

        assertTrue(undeclared.isEmpty(), () -> "TouchHandlers answer events that are not constants of Touch: "
                + undeclared);
    }

    @Test
    void eachEventHasOneHandler() {
        List<String> events = handlers.stream().map(TouchHandler::event).sorted().toList();

        assertEquals(events.stream().distinct().toList(), events, "two handlers answer the same event");
    }

    @Test
    void theNowPlayingScreenSendsPauseOrResumeFromItsMiddleButton() {
        assertEquals(Set.of(Touch.PREVIOUS, Touch.PAUSE, Touch.RESUME, Touch.NEXT),
                documentEvents().get(NowPlayingScreen.DOCUMENT));
    }

    private Set<String> answered() {
        return handlers.stream().map(TouchHandler::event).collect(Collectors.toSet());
    }

    private static Set<String> touchEvents() {
        return Arrays.stream(Touch.class.getFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .map(TouchEventsTest::value)
                .collect(Collectors.toSet());
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each document's events, as it sends them; an event taken from the data ({@code ${data.event}}) is Java's. */
    private static TreeMap<String, Set<String>> documentEvents() {
        TreeMap<String, Set<String>> events = new TreeMap<>();
        try (Stream<Path> documents = Files.list(DOCUMENTS)) {
            for (Path document : documents.sorted().toList()) {
                JsonNode json = new ObjectMapper().readTree(document.resolve("document.json").toFile());
                List<String> sent = new ArrayList<>();
                collect(json, sent);
                events.put(document.getFileName().toString(), new TreeSet<>(sent));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return events;
    }

    private static void collect(JsonNode node, List<String> events) {
        if (node.path("type").asText().equals("SendEvent") && node.path("arguments").size() > 0) {
            String event = node.path("arguments").get(0).asText();
            if (!event.startsWith("${")) {
                events.add(event);
            } else if (event.contains("?")) {
                Matcher quoted = QUOTED.matcher(event);
                while (quoted.find()) {
                    events.add(quoted.group(1));
                }
            }
        }
        node.forEach(child -> collect(child, events));
    }
}
