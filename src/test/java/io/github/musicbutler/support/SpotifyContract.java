package io.github.musicbutler.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Spotify's published contract: the community-maintained OpenAPI description of the Web API in
 * {@code src/test/resources/spotify-openapi/} (see its {@code SOURCE.md}), and a validator for requests and answers
 * against it (Atlassian's swagger-request-validator). {@link FakeSpotify} checks every request it receives with
 * {@link #checkRequest}; the fixtures' test checks every answer with {@link #checkResponse}.
 * <p>
 * The description is read, prepared and handed to the validator once per JVM ({@link #get()}), before the first
 * request: parsing it takes about a second, which must not be spent inside a request's deadline.
 * <p>
 * Where the description and Spotify's 2026 reality disagree, the difference is recorded once, here, in
 * {@link #KNOWN_DIFFERENCES}, each with its reason. Each is applied to the description before validation (a
 * precise change of the contract, not a switched-off check): the validator sees the description as Spotify behaves.
 */
public final class SpotifyContract {

    /** Where Spotify's API lives below its host; the description's paths are relative to it. */
    public static final String BASE_PATH = "/v1";
    private static final String RESOURCE = "/spotify-openapi/spotify-web-api.openapi.yml";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A difference between the description and what Spotify does in 2026, and how the description is adapted. */
    public record KnownDifference(String name, String reason, Consumer<ObjectNode> adaptation) {
    }

    /**
     * Every exception to the published description, in one place. The first is about the validator, not Spotify;
     * the others are what Spotify sends in 2026 and the description does not (yet) say.
     */
    public static final List<KnownDifference> KNOWN_DIFFERENCES = List.of(
            new KnownDifference("discriminators dropped",
                    "Tool, not Spotify: the description's `discriminator: {propertyName: type}` on the Track|Episode "
                            + "`oneOf`s makes the validator's schema preparation rewrite the shared TrackObject and "
                            + "EpisodeObject schemas while resolving them, which recurses until StackOverflowError. "
                            + "The alternatives are told apart by their `type` enum (track, episode) anyway, so the "
                            + "`oneOf` without discriminator checks the same.",
                    SpotifyContract::dropDiscriminators),
            new KnownDifference("undeclared error statuses",
                    "Spotify answers 400 (bad request), 404 (e.g. NO_ACTIVE_DEVICE on player commands, an unknown "
                            + "playlist), 500, 502 and 503 (outages) on the operations the skill calls, with its usual "
                            + "error object; the description declares only 401, 403 and 429 for most of them. Added "
                            + "where missing, with the description's own error-object schema, so an error body is "
                            + "still checked.",
                    SpotifyContract::declareErrorStatuses),
            new KnownDifference("currently-playing 204",
                    "GET /me/player/currently-playing answers 204 No Content when nothing is playing, as "
                            + "GET /me/player does (which declares it); the description lists only 200 for it.",
                    SpotifyContract::declareCurrentlyPlaying204),
            new KnownDifference("\"Can be `null`\" is nullable",
                    "The description says in prose that some fields can be null (the playback's `context`, `item` "
                            + "and `progress_ms`, a playlist's `images`, ...) without `nullable: true`; Spotify does send "
                            + "null there. Every property whose description says \"Can be `null`\" or \"may return "
                            + "`null`\" is made nullable.",
                    SpotifyContract::nullableWhereDescribed),
            new KnownDifference("null entries in search results",
                    "GET /search answers `playlists.items` with null entries where a playlist is no longer "
                            + "available (widely observed since late 2024); the description's array items are not "
                            + "nullable. Only the search result pages' items are made nullable.",
                    SpotifyContract::nullableSearchItems),
            new KnownDifference("playlist images null",
                    "A playlist without a cover comes with `\"images\": null` in GET /me/playlists and in search "
                            + "results (long-standing Spotify behaviour, seen in client libraries' bug trackers); the "
                            + "description says \"The array may be empty\" but not null. A playlist's `images` is "
                            + "made nullable.",
                    SpotifyContract::nullablePlaylistImages),
            new KnownDifference("deprecated fields optional",
                    "Fields the description marks `deprecated: true` (a playlist's `tracks`, an artist's "
                            + "`popularity`, `followers` and `genres`, `available_markets`, `/me`'s `product`, `email`, "
                            + "`country`, ...) were removed from the answers to new apps in February 2026; where the "
                            + "description still lists one as required, it is no longer required.",
                    SpotifyContract::deprecatedNotRequired));

    /**
     * The validator says at INFO, on every request, that it does not check OAuth 2.0 security (nor should it: the
     * fake decides about tokens); kept here so the level holds.
     */
    private static final java.util.logging.Logger QUIET = quiet("com.atlassian.oai.validator.interaction.request");

    private final JsonNode description;
    private final OpenApiInteractionValidator validator;

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private SpotifyContract(JsonNode description) {
        this.description = description;
        this.validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(description.toString())
                .withBasePathOverride(BASE_PATH)
                .withLevelResolver(LevelResolver.create()
                        // the fake's callers send a bearer token; whether it is valid is the fake's business
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        // a parameter the description does not declare is a mistake (e.g. a misspelt name)
                        .withLevel("validation.request.parameter.query.unexpected", ValidationReport.Level.ERROR)
                        // OpenAPI allows properties a schema does not list, and Spotify adds some (smart_shuffle,
                        // an error's reason): the validator would otherwise forbid them, even inside every allOf part
                        .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }

    /** The contract, read and prepared once per JVM. */
    public static SpotifyContract get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final SpotifyContract INSTANCE = new SpotifyContract(prepared());
    }

    /** The description as Spotify behaves: the published one with {@link #KNOWN_DIFFERENCES} applied. */
    public JsonNode description() {
        return description;
    }

    /** The published description, unchanged. */
    public static ObjectNode published() {
        try (var in = SpotifyContract.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("No " + RESOURCE + " on the test class path");
            }
            return (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode prepared() {
        return preparedWithout(null);
    }

    private static ObjectNode preparedWithout(String left) {
        ObjectNode description = published();
        KNOWN_DIFFERENCES.stream().filter(difference -> !difference.name().equals(left))
                .forEach(difference -> difference.adaptation().accept(description));
        return description;
    }

    /**
     * The contract with all known differences but {@code name}: to show that each is needed (a new validator, not
     * cached; slow).
     */
    public static SpotifyContract without(String name) {
        return new SpotifyContract(preparedWithout(name));
    }

    // ---- checks ----

    /**
     * What is wrong with a request to Spotify's Web API by the description, one line per broken rule; empty if it
     * conforms. {@code path} starts with {@link #BASE_PATH}; {@code query} as sent (names and values decoded).
     */
    public List<String> checkRequest(String method, String path, Map<String, List<String>> query,
            Map<String, List<String>> headers, String body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method.toUpperCase(Locale.ROOT), path);
        query.forEach(request::withQueryParam);
        headers.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length")) {
                request.withHeader(name, values);
            }
        });
        if (body != null && !body.isEmpty()) {
            request.withBody(body);
        }
        return errors(validator.validateRequest(request.build()));
    }

    /**
     * What is wrong with an answer Spotify would give to {@code method path} with this status and body, one line per
     * broken rule; empty if it conforms. {@code path} starts with {@link #BASE_PATH}.
     */
    public List<String> checkResponse(String method, String path, int status, String body) {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        if (body != null && !body.isEmpty()) {
            response.withContentType("application/json").withBody(body);
        }
        return errors(validator.validateResponse(path, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)),
                response.build()));
    }

    private static List<String> errors(ValidationReport report) {
        List<String> errors = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR) {
                errors.add(describe(message));
            }
        }
        return errors;
    }

    private static String describe(ValidationReport.Message message) {
        StringBuilder text = new StringBuilder(message.getKey()).append(": ").append(message.getMessage());
        nested(message, text);
        return text.toString();
    }

    private static void nested(ValidationReport.Message message, StringBuilder text) {
        for (ValidationReport.Message nested : message.getNestedMessages()) {
            if (!nested.getKey().endsWith("additionalProperties")) {
                text.append(" / ").append(nested.getMessage());
                nested(nested, text);
            }
        }
    }

    // ---- what the description says ----

    /** The description's path template (without {@link #BASE_PATH}) that a concrete path matches, if any. */
    public Optional<String> template(String path) {
        String relative = path.startsWith(BASE_PATH + "/") ? path.substring(BASE_PATH.length()) : path;
        Iterator<String> templates = description.path("paths").fieldNames();
        String best = null;
        while (templates.hasNext()) {
            String template = templates.next();
            if (relative.matches(template.replaceAll("\\{[^/}]+}", "[^/]+"))
                    && (best == null || best.contains("{") && !template.contains("{"))) {
                best = template;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The OAuth scopes the description requires for an operation ({@code path} as in the description). */
    public Set<String> scopes(String method, String template) {
        JsonNode operation = description.path("paths").path(template).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            throw new IllegalArgumentException("The description has no " + method + " " + template);
        }
        Set<String> scopes = new LinkedHashSet<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.fields().forEachRemaining(scheme -> scheme.getValue().forEach(s -> scopes.add(s.asText())));
        }
        return scopes;
    }

    // ---- the known differences ----

    private static void dropDiscriminators(ObjectNode description) {
        walk(description, node -> node.remove("discriminator"));
    }

    private static final List<String> ERROR_STATUSES = List.of("400", "404", "500", "502", "503");
    private static final Map<String, String> ERROR_RESPONSES = Map.of("400", "BadRequest", "404", "NotFound");

    private static void declareErrorStatuses(ObjectNode description) {
        forEachOperation(description, (path, operation) -> {
            ObjectNode responses = (ObjectNode) operation.get("responses");
            for (String status : ERROR_STATUSES) {
                if (!responses.has(status)) {
                    responses.putObject(status).put("$ref",
                            "#/components/responses/" + ERROR_RESPONSES.getOrDefault(status, "Unauthorized"));
                }
            }
        });
    }

    private static void declareCurrentlyPlaying204(ObjectNode description) {
        ObjectNode responses = (ObjectNode) description.path("paths").path("/me/player/currently-playing").path("get")
                .path("responses");
        responses.putObject("204").put("description", "Nothing is playing");
    }

    private static final Pattern CAN_BE_NULL = Pattern.compile("(?i)(can be|may return) `?null`?");

    private static void nullableWhereDescribed(ObjectNode description) {
        walk(description, node -> {
            JsonNode properties = node.get("properties");
            if (properties instanceof ObjectNode props) {
                props.fields().forEachRemaining(property -> {
                    if (property.getValue() instanceof ObjectNode schema
                            && CAN_BE_NULL.matcher(schema.path("description").asText()).find()) {
                        schema.put("nullable", true);
                    }
                });
            }
        });
    }

    private static void nullableSearchItems(ObjectNode description) {
        JsonNode results = description.at("/components/responses/SearchItems/content/application~1json/schema/properties");
        results.fields().forEachRemaining(result -> {
            // a copy of the result type's paging schema (shared with other operations), whose items may be null
            ObjectNode paging = description.at(result.getValue().path("$ref").asText().substring(1)).deepCopy();
            for (JsonNode part : paging.path("allOf")) {
                if (part.path("properties").path("items").path("items") instanceof ObjectNode entry) {
                    // nullable beside a $ref is ignored: the entry becomes a nullable copy of the referenced schema
                    ObjectNode nullableEntry = description.at(entry.path("$ref").asText().substring(1)).deepCopy();
                    nullableEntry.put("nullable", true);
                    ((ObjectNode) part.path("properties").path("items")).set("items", nullableEntry);
                }
            }
            result.setValue(paging);
        });
    }

    private static void nullablePlaylistImages(ObjectNode description) {
        for (String playlist : List.of("SimplifiedPlaylistObject", "PlaylistObject")) {
            JsonNode images = description.path("components").path("schemas").path(playlist).path("properties")
                    .path("images");
            if (images instanceof ObjectNode schema) {
                schema.put("nullable", true);
            }
        }
    }

    private static void deprecatedNotRequired(ObjectNode description) {
        walk(description, node -> {
            if (node.get("required") instanceof ArrayNode required && node.get("properties") instanceof ObjectNode props) {
                for (int i = required.size() - 1; i >= 0; i--) {
                    if (props.path(required.get(i).asText()).path("deprecated").asBoolean(false)) {
                        required.remove(i);
                    }
                }
            }
        });
    }

    private interface OperationVisitor {
        void visit(String path, ObjectNode operation);
    }

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static void forEachOperation(JsonNode description, OperationVisitor visitor) {
        description.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey()) && op.getValue() instanceof ObjectNode operation) {
                visitor.visit(path.getKey(), operation);
            }
        }));
    }

    /** Calls {@code action} on every object node of the tree, parents before children. */
    private static void walk(JsonNode node, Consumer<ObjectNode> action) {
        if (node instanceof ObjectNode object) {
            action.accept(object);
        }
        for (JsonNode child : node) {
            walk(child, action);
        }
    }

    /** Operations of the description by "METHOD template", for the scopes' test and the generators. */
    public Map<String, JsonNode> operations() {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        forEachOperation(description, (path, op) -> operations.put(op == null ? path : methodOf(path, op), op));
        return operations;
    }

    private String methodOf(String path, ObjectNode operation) {
        Iterator<Map.Entry<String, JsonNode>> methods = description.path("paths").path(path).fields();
        while (methods.hasNext()) {
            Map.Entry<String, JsonNode> method = methods.next();
            if (method.getValue() == operation) {
                return method.getKey().toUpperCase(Locale.ROOT) + " " + path;
            }
        }
        throw new IllegalStateException(path);
    }
}
