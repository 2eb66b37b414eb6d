package io.github.musicbutler.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CloudWatch Embedded Metric Format specification, as checks on one record (a JSON line CloudWatch Logs turns into
 * metrics): <a href="https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html">
 * Specification: Embedded metric format</a>. And the metrics contract between the function and Terraform's alarms and
 * dashboard (/work/status/metrics-contract.md, docs/operating.md): namespace, dimension sets, metric names and units.
 */
public final class EmfSpecification {

    /** The units the specification allows (CloudWatch's StandardUnit). */
    public static final Set<String> UNITS = Set.of("Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes",
            "Megabytes", "Gigabytes", "Terabytes", "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent",
            "Count", "Bytes/Second", "Kilobytes/Second", "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second",
            "Bits/Second", "Kilobits/Second", "Megabits/Second", "Gigabits/Second", "Terabits/Second", "Count/Second",
            "None");

    /** Milliseconds since the epoch of 2001-09-09 and of 2286-11-20: a time in seconds or microseconds is neither. */
    private static final long EARLIEST_MS = 1_000_000_000_000L;
    private static final long LATEST_MS = 9_999_999_999_999L;

    public static final String NAMESPACE = "MusicButler";
    public static final List<List<String>> DIMENSION_SETS = List.of(List.of("Function"), List.of("Function", "Intent"),
            List.of("Function", "Outcome"));
    public static final Map<String, String> METRICS = contractMetrics();

    private EmfSpecification() {
    }

    /** Fails saying what is wrong if {@code record} is not a valid EMF record. */
    public static void assertValid(JsonNode record) {
        assertTrue(record.isObject(), "an EMF record is a JSON object: " + record);
        JsonNode aws = record.path("_aws");
        assertTrue(aws.isObject(), "no _aws metadata object: " + record);
        JsonNode timestamp = aws.path("Timestamp");
        assertTrue(timestamp.isIntegralNumber(), "_aws.Timestamp is not an integer: " + record);
        assertTrue(timestamp.asLong() >= EARLIEST_MS && timestamp.asLong() <= LATEST_MS,
                "_aws.Timestamp is not in milliseconds since the epoch: " + timestamp);
        JsonNode directives = aws.path("CloudWatchMetrics");
        assertTrue(directives.isArray() && !directives.isEmpty(), "_aws.CloudWatchMetrics is no array of directives: " + record);
        for (JsonNode directive : directives) {
            assertValidDirective(record, directive);
        }
    }

    private static void assertValidDirective(JsonNode record, JsonNode directive) {
        assertTrue(directive.isObject(), "a MetricDirective is an object: " + directive);
        JsonNode namespace = directive.path("Namespace");
        assertTrue(namespace.isTextual() && namespace.asText().length() >= 1 && namespace.asText().length() <= 255
                && !namespace.asText().isBlank(), "Namespace must be a string of 1 to 255 characters: " + directive);
        JsonNode dimensions = directive.path("Dimensions");
        assertTrue(dimensions.isArray(), "Dimensions must be an array of DimensionSets: " + directive);
        Set<String> dimensionNames = new HashSet<>();
        for (JsonNode set : dimensions) {
            assertTrue(set.isArray(), "a DimensionSet is an array of dimension names: " + set);
            assertTrue(set.size() <= 30, "a DimensionSet holds at most 30 dimensions: " + set);
            for (JsonNode name : set) {
                assertTrue(name.isTextual() && !name.asText().isEmpty() && name.asText().length() <= 255,
                        "a dimension name is a string of 1 to 255 characters: " + name);
                JsonNode value = record.path(name.asText());
                assertTrue(value.isTextual(), "dimension " + name + " has no string member at the root: " + record);
                assertTrue(!value.asText().isEmpty() && value.asText().length() <= 1024,
                        "dimension " + name + "'s value must have 1 to 1024 characters: " + value);
                dimensionNames.add(name.asText());
            }
        }
        JsonNode metrics = directive.path("Metrics");
        assertTrue(metrics.isArray(), "Metrics must be an array of MetricDefinitions: " + directive);
        assertTrue(metrics.size() <= 100, "a directive defines at most 100 metrics: " + directive);
        for (JsonNode metric : metrics) {
            JsonNode name = metric.path("Name");
            assertTrue(name.isTextual() && !name.asText().isEmpty() && name.asText().length() <= 255,
                    "a MetricDefinition's Name is a string of 1 to 255 characters: " + metric);
            assertTrue(!dimensionNames.contains(name.asText()), name + " is both a dimension and a metric");
            if (metric.has("Unit")) {
                assertTrue(UNITS.contains(metric.path("Unit").asText()), "unit not allowed: " + metric);
            }
            if (metric.has("StorageResolution")) {
                assertTrue(Set.of(1, 60).contains(metric.path("StorageResolution").asInt()), "StorageResolution: " + metric);
            }
            JsonNode value = record.path(name.asText());
            boolean number = value.isNumber();
            boolean numbers = value.isArray() && !value.isEmpty() && value.size() <= 100
                    && value.valueStream().allMatch(JsonNode::isNumber);
            assertTrue(number || numbers, "metric " + name + " has no numeric member at the root: " + record);
        }
    }

    /** Fails unless {@code record} says what the function and Terraform agreed, in the units agreed. */
    public static void assertFollowsContract(JsonNode record) {
        assertValid(record);
        JsonNode directives = record.path("_aws").path("CloudWatchMetrics");
        assertEquals(1, directives.size(), record.toString());
        JsonNode directive = directives.get(0);
        assertEquals(NAMESPACE, directive.path("Namespace").asText());
        List<List<String>> sets = new ArrayList<>();
        directive.path("Dimensions").forEach(set -> sets.add(set.valueStream().map(JsonNode::asText).toList()));
        assertEquals(DIMENSION_SETS, sets);
        Map<String, String> metrics = new LinkedHashMap<>();
        directive.path("Metrics").forEach(metric -> metrics.put(metric.path("Name").asText(), metric.path("Unit").asText()));
        assertEquals(METRICS, metrics);
        METRICS.keySet().forEach(name -> assertTrue(record.path(name).asDouble() >= 0, name + " is negative: " + record));
        if (record.path("Requests").asInt() != 1) {
            fail("one record per invocation, Requests=1: " + record);
        }
    }

    private static Map<String, String> contractMetrics() {
        Map<String, String> metrics = new LinkedHashMap<>();
        metrics.put("Requests", "Count");
        metrics.put("Latency", "Milliseconds");
        metrics.put("ColdStart", "Count");
        metrics.put("SpotifyCalls", "Count");
        metrics.put("SpotifyLatency", "Milliseconds");
        metrics.put("SpotifyFailures", "Count");
        metrics.put("LinkPrompts", "Count");
        metrics.put("AppTokenFetches", "Count");
        return Collections.unmodifiableMap(metrics);
    }
}
