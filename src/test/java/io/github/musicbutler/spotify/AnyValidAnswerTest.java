package io.github.musicbutler.spotify;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathTemplate;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.github.musicbutler.support.Alexa;
import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.github.musicbutler.support.SpotifyAnswers;
import io.github.musicbutler.support.SpotifyContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Any answer Spotify may give by its published description, the skill survives: for every endpoint the REST client
 * ({@link SpotifyApi}) reads, answers are generated from the description's response schema ({@link SpotifyAnswers}:
 * optional fields missing, nullable ones null, empty arrays, unknown fields, long, empty and non-Latin names), and
 * every conversation ({@link #conversations()}: every intent of the model) must answer with well-formed SSML and without the unexpected-error apology. A deliberate
 * "Spotify sent nothing usable" answer is fine.
 * <p>
 * jqwik's engine cannot run a {@code @QuarkusTest}, so the tries, the seed and the shrinking are driven here:
 * {@code -DanyValidAnswer.tries=N} (default 40), {@code -DanyValidAnswer.seed=S} to replay a failure (printed with
 * it). The default seed is fixed, so that a build fails only for a change it makes, never for a try nobody made
 * before; {@code -DanyValidAnswer.seed=random} explores new answers (run it now and then, and when touching a reader
 * of Spotify's answers). A failing example is shrunk (optional fields removed, arrays cut to one entry) and printed; it becomes an
 * ordinary regression test in {@link AnswersSpotifyMaySendTest}.
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class AnyValidAnswerTest {

    /**
     * The apologies that valid answers must never cause: the unexpected error, and Spotify being unreachable or slow
     * (the fake answered at once; an answer the function could not read ends up there).
     */
    private static final List<String> APOLOGIES = List.of("something went wrong on my side", "can't reach Spotify",
            "Spotify is taking too long");

    FakeSpotify spotify;

    /** The seed a build uses unless told otherwise (see the class comment). */
    private static final long FIXED_SEED = 2026;

    /**
     * What a person asks with slots filled, each touching some of the endpoints; every other intent of the model is
     * asked without slots ({@link #conversations()}), so a new intent is tried without anyone adding it here.
     */
    private static final List<AlexaRequest> WITH_SLOTS = List.of(
            AlexaRequest.launch(),
            AlexaRequest.intent("ListPlaylistsIntent"),
            AlexaRequest.intent("PlaylistContentsIntent").slot("playlist", "running mix"),
            AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "running mix"),
            AlexaRequest.intent("WhatsPlayingIntent"),
            AlexaRequest.intent("ListDevicesIntent"),
            AlexaRequest.intent("PlayOnDeviceIntent").slot("device", "kitchen speaker"),
            AlexaRequest.intent("TopArtistsIntent"),
            AlexaRequest.intent("TopTracksIntent"),
            AlexaRequest.intent("SaveCurrentTrackIntent"),
            AlexaRequest.intent("AddToPlaylistIntent").slot("playlist", "running mix"),
            AlexaRequest.intent("SearchIntent").slot("query", "daft punk"),
            AlexaRequest.intent("SearchPlaylistsIntent").slot("query", "chill"),
            AlexaRequest.intent("SearchArtistTracksIntent").slot("artist", "Adele"),
            AlexaRequest.intent("AMAZON.PauseIntent"),
            AlexaRequest.intent("AMAZON.NextIntent"),
            AlexaRequest.intent("PlayPlaylistIntent").slot("playlist", "daft punk"),
            AlexaRequest.intent("PlaySongIntent").slot("song", "bohemian rhapsody").slot("artist", "queen"),
            AlexaRequest.intent("PlayAlbumIntent").slot("album", "random access memories"),
            AlexaRequest.intent("PlayArtistIntent").slot("artist", "adele"),
            AlexaRequest.intent("QueueSongIntent").slot("song", "bohemian rhapsody"),
            AlexaRequest.intent("PlayLikedSongsIntent"),
            AlexaRequest.intent("ShuffleLikedSongsIntent").slot("device", "kitchen speaker"),
            AlexaRequest.intent("SetVolumeIntent").slot("volume", "40"),
            AlexaRequest.intent("VolumeUpIntent"));

    /** Whether the last conversation asked Spotify anything: one that does not cannot fail on its answers. */
    private boolean askedSpotify;

    @Test
    void theSkillSurvivesAnyValidAnswer() {
        int tries = Integer.getInteger("anyValidAnswer.tries", 40);
        String seedProperty = System.getProperty("anyValidAnswer.seed", String.valueOf(FIXED_SEED));
        long seed = "random".equals(seedProperty) ? System.nanoTime() : Long.parseLong(seedProperty);
        Map<String, String> operations = operations();
        SpotifyContract contract = SpotifyContract.get();
        // jqwik's generators outside jqwik's engine need a session of their own
        JqwikSession.start();
        try {
            tryAll(tries, seed, operations, contract);
        } finally {
            JqwikSession.finish();
        }
    }

    private void tryAll(int tries, long seed, Map<String, String> operations, SpotifyContract contract) {
        // one failure per conversation is enough to find each defect; all of them are reported together
        Map<String, String> failures = new LinkedHashMap<>();
        List<AlexaRequest> conversations = new ArrayList<>(conversations());
        for (int i = 0; i < tries; i++) {
            long trySeed = seed + i;
            SpotifyAnswers answers = new SpotifyAnswers(contract, trySeed);
            Map<String, JsonNode> generated = new LinkedHashMap<>();
            operations.forEach((operation, template) -> {
                String[] parts = operation.split(" ", 2);
                if (parts[0].equals("GET")) {
                    generated.put(operation, answers.answer(parts[0], parts[1]));
                }
            });
            List<AlexaRequest> withoutSpotify = new ArrayList<>();
            for (AlexaRequest conversation : conversations) {
                if (failures.containsKey(name(conversation))) {
                    continue;
                }
                // every other try on an Echo Show: its screen must bind to whatever Spotify answered, too
                AlexaRequest asked = i % 2 == 0 ? conversation : conversation.copy().onScreen();
                Optional<String> problem = problem(operations, generated, asked);
                if (!askedSpotify) {
                    withoutSpotify.add(conversation);
                }
                if (problem.isPresent()) {
                    Map<String, JsonNode> shrunk = shrink(operations, generated, asked);
                    failures.put(name(conversation), "With -DanyValidAnswer.seed=" + seed + " (try " + i
                            + ", seed of the try " + trySeed + "), the conversation " + name(conversation)
                            + " failed: " + problem.get() + "\nShrunk Spotify answers:\n" + shrunk
                            + "\nProblem with them: "
                            + problem(operations, shrunk, asked).orElse("(none after shrinking)"));
                }
            }
            conversations.removeAll(withoutSpotify);
        }
        if (!failures.isEmpty()) {
            // summaries first: the shrunk answers are long and hold every kind of character
            List<String> summaries = failures.values().stream()
                    .map(f -> f.substring(0, f.indexOf("\nShrunk")).replaceAll("\\p{Cntrl}", "?")).toList();
            fail(failures.size() + " conversations did not survive valid Spotify answers (seed " + seed + "):\n"
                    + String.join("\n", summaries) + "\n\nIn detail:\n" + String.join("\n\n", failures.values()));
        }
    }

    private Optional<String> problem(Map<String, String> operations, Map<String, JsonNode> answers,
            AlexaRequest conversation) {
        spotify.reset();
        operations.forEach((operation, template) -> {
            String[] parts = operation.split(" ", 2);
            JsonNode answer = answers.get(operation);
            spotify.stubFor(request(parts[0], urlPathTemplate("/v1" + template))
                    .willReturn(answer == null ? noContent() : okJson(answer.toString())));
        });
        spotify.stubFor(any(urlPathMatching("/v1/.*")).atPriority(10).willReturn(aResponse().withStatus(404)));
        String body;
        try {
            body = Alexa.ask(conversation).extract().asString();
        } catch (AssertionError e) {
            // what every answer is held to (the dialog model, the screen's bindings): shrunk like any other problem
            return Optional.of(e.getMessage());
        }
        askedSpotify = !spotify.findAll(anyRequestedFor(urlPathMatching("/v1/.*"))).isEmpty();
        List<String> violations = FakeSpotify.takeContractViolations();
        if (!violations.isEmpty()) {
            return Optional.of("requests broke Spotify's contract: " + violations);
        }
        String ssml;
        try {
            ssml = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body).path("response")
                    .path("outputSpeech").path("ssml").asText(null);
        } catch (Exception e) {
            return Optional.of("the function's answer is no JSON: " + body);
        }
        if (ssml == null) {
            return Optional.empty();
        }
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(ssml)));
        } catch (Exception e) {
            return Optional.of("SSML not well-formed (" + e.getMessage() + "): " + ssml);
        }
        if (APOLOGIES.stream().anyMatch(ssml::contains)) {
            return Optional.of("apology for a valid answer: " + ssml);
        }
        if (ssml.contains("null")) {
            return Optional.of("speaks \"null\": " + ssml);
        }
        return Optional.empty();
    }

    /** Greedy: drops properties and array entries, one at a time, as long as the conversation still fails. */
    private Map<String, JsonNode> shrink(Map<String, String> operations, Map<String, JsonNode> answers,
            AlexaRequest conversation) {
        Map<String, JsonNode> current = new LinkedHashMap<>();
        answers.forEach((k, v) -> current.put(k, v == null ? null : v.deepCopy()));
        int budget = 120;
        boolean progress = true;
        while (progress && budget > 0) {
            progress = false;
            for (String operation : new ArrayList<>(current.keySet())) {
                JsonNode root = current.get(operation);
                if (root == null) {
                    continue;
                }
                String[] parts = operation.split(" ", 2);
                for (Runnable[] step : removals(root)) {
                    if (budget-- <= 0) {
                        break;
                    }
                    step[0].run();
                    // a shrunk answer must stay one Spotify may send
                    boolean valid = SpotifyContract.get().checkResponse(parts[0], "/v1" + parts[1], 200,
                            root.toString()).isEmpty();
                    if (valid && problem(operations, current, conversation).isPresent()) {
                        progress = true;
                    } else {
                        step[1].run();
                    }
                }
            }
        }
        return current;
    }

    /** Each removal as {do, undo}, deepest first. */
    private static List<Runnable[]> removals(JsonNode node) {
        List<Runnable[]> steps = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode child = object.get(name);
                steps.addAll(removals(child));
                steps.add(new Runnable[] { () -> object.remove(name), () -> object.set(name, child) });
            }
        } else if (node instanceof ArrayNode array && array.size() > 1) {
            for (int i = array.size() - 1; i >= 1; i--) {
                int index = i;
                JsonNode child = array.get(i);
                steps.add(new Runnable[] { () -> array.remove(index), () -> array.insert(index, child) });
            }
            steps.addAll(removals(array.get(0)));
        } else if (node instanceof ArrayNode array && array.size() == 1) {
            steps.addAll(removals(array.get(0)));
        }
        return steps;
    }

    /** The conversations with slots, and every other intent of the model without. */
    static List<AlexaRequest> conversations() {
        Set<String> named = new HashSet<>();
        WITH_SLOTS.forEach(conversation -> named.add(intentOf(conversation)));
        List<AlexaRequest> conversations = new ArrayList<>(WITH_SLOTS);
        try {
            new ObjectMapper().readTree(Files.readString(Path.of("skill-package/interactionModels/custom/en-US.json")))
                    .at("/interactionModel/languageModel/intents").forEach(intent -> {
                        if (!named.contains(intent.path("name").asText())) {
                            conversations.add(AlexaRequest.intent(intent.path("name").asText()));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return conversations;
    }

    private static String intentOf(AlexaRequest conversation) {
        try {
            return new ObjectMapper().readTree(conversation.json()).at("/request/intent/name").asText("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(AlexaRequest conversation) {
        JsonNode request;
        try {
            request = new com.fasterxml.jackson.databind.ObjectMapper().readTree(conversation.json()).path("request");
        } catch (Exception e) {
            return "?";
        }
        return request.path("intent").path("name").asText(request.path("type").asText()) + " "
                + request.path("intent").path("slots");
    }

    /** "METHOD template" of each operation {@link SpotifyApi} calls, with the description's template. */
    static Map<String, String> operations() {
        SpotifyContract contract = SpotifyContract.get();
        Map<String, String> operations = new LinkedHashMap<>();
        for (Method method : SpotifyApi.class.getDeclaredMethods()) {
            jakarta.ws.rs.Path path = method.getAnnotation(jakarta.ws.rs.Path.class);
            String http = method.isAnnotationPresent(GET.class) ? "GET"
                    : method.isAnnotationPresent(PUT.class) ? "PUT"
                    : method.isAnnotationPresent(POST.class) ? "POST" : null;
            if (path != null && http != null) {
                contract.template(path.value()).ifPresent(t -> operations.put(http + " " + t, t));
            }
        }
        return operations;
    }

}
