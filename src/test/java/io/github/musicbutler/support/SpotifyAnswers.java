package io.github.musicbutler.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;

/**
 * Spotify answers that are valid by its published description ({@link SpotifyContract}, with the known 2026
 * differences) but unlike our fixtures: optional fields missing, nullable fields null, empty and long arrays, unknown
 * extra fields, long, empty, non-Latin and control-character names. Generated from the response schema of the
 * operation, so a new endpoint of the REST client gets answers without a line here. The strings come from jqwik's
 * generators; the walk over the schema is ours (jqwik knows no OpenAPI).
 */
public final class SpotifyAnswers {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int GENSIZE = 1000;
    /** Beyond this depth of $refs, optional properties are left out (the description has cycles of links). */
    private static final int MAX_DEPTH = 12;

    private final JsonNode description;
    private final Random random;

    private static final Arbitrary<String> NAMES = Arbitraries.oneOf(
            Arbitraries.strings().alpha().numeric().withChars(' ').ofMinLength(1).ofMaxLength(20),
            Arbitraries.of("Sigur Rós", "Beyoncé", "宇多田ヒカル", "Тату", "فيروز", "Mötley Crüe", "AC/DC",
                    "Simon & Garfunkel", "<b>bold</b>", "\"quoted\" 'name'", "🎵 emoji 🎶", "a\u0000b", "tab\there",
                    "line\nbreak", "bell\u0007", "", " "),
            Arbitraries.strings().all().ofMinLength(0).ofMaxLength(40),
            Arbitraries.strings().withCharRange('\u3040', '\u30ff').ofMinLength(1).ofMaxLength(300));

    public SpotifyAnswers(SpotifyContract contract, long seed) {
        this.description = contract.description();
        this.random = new Random(seed);
    }

    /**
     * A valid answer to the operation {@code METHOD template}: status 200 with a JSON body, or null for 204 (no
     * content) where the operation may answer so, or where it has no JSON body.
     */
    public JsonNode answer(String method, String template) {
        JsonNode responses = description.path("paths").path(template).path(method.toLowerCase()).path("responses");
        if (responses.has("204") && chance(0.15)) {
            return null;
        }
        JsonNode response = deref(responses.path("200"));
        JsonNode schema = response.path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : generate(schema, 0);
    }

    private JsonNode generate(JsonNode schema, int depth) {
        schema = deref(schema);
        if (schema.path("nullable").asBoolean(false) && chance(0.25)) {
            return NODES.nullNode();
        }
        if (schema.has("allOf")) {
            return generateObject(merged(schema), depth);
        }
        if (schema.has("oneOf")) {
            JsonNode options = schema.get("oneOf");
            return generate(options.get(random.nextInt(options.size())), depth);
        }
        if (schema.has("anyOf")) {
            JsonNode options = schema.get("anyOf");
            return generate(options.get(random.nextInt(options.size())), depth);
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> generateObject(schema, depth);
            case "array" -> generateArray(schema, depth);
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(integer(schema) + random.nextDouble());
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.textNode(NAMES.generator(GENSIZE).next(random).value());
        };
    }

    private JsonNode generateObject(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = new LinkedHashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            boolean present = required.contains(property.getKey()) || depth < MAX_DEPTH && chance(0.7);
            if (present) {
                object.set(property.getKey(), generate(property.getValue(), depth + 1));
            }
        }
        if (chance(0.2)) {
            object.put("x_field_spotify_added_later", "unknown");
        }
        return object;
    }

    private JsonNode generateArray(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int max = Math.min(schema.path("maxItems").asInt(4), depth > 6 ? 1 : 4);
        int size = chance(0.2) ? 0 : 1 + random.nextInt(Math.max(1, max));
        for (int i = 0; i < size; i++) {
            array.add(generate(schema.path("items"), depth + 1));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(Math.max(min, 1_000_000));
        return Arbitraries.longs().between(min, max).withDistribution(RandomDistribution.biased())
                .generator(GENSIZE).next(random).value();
    }

    /** An allOf's parts as one object schema (properties and required of all). */
    private JsonNode merged(JsonNode schema) {
        ObjectNode merged = NODES.objectNode();
        ObjectNode properties = merged.putObject("properties");
        ArrayNode required = merged.putArray("required");
        List<JsonNode> parts = new ArrayList<>();
        schema.get("allOf").forEach(parts::add);
        if (schema.has("properties")) {
            parts.add(schema);
        }
        for (JsonNode part : parts) {
            JsonNode resolved = deref(part);
            if (resolved.has("allOf")) {
                resolved = merged(resolved);
            }
            if (resolved.get("properties") instanceof ObjectNode p) {
                properties.setAll(p);
            }
            resolved.path("required").forEach(required::add);
            if (resolved.path("nullable").asBoolean(false) || part.path("nullable").asBoolean(false)) {
                merged.put("nullable", true);
            }
        }
        return merged;
    }

    private JsonNode deref(JsonNode schema) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        while (schema.has("$ref") && seen.put(schema.get("$ref").asText(), true) == null) {
            schema = description.at(schema.get("$ref").asText().substring(1));
        }
        return schema;
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }
}
