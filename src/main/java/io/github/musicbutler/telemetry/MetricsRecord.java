package io.github.musicbutler.telemetry;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The invocation's metrics as one CloudWatch Embedded Metric Format record, a JSON line on stdout that CloudWatch
 * Logs turns into metrics in the {@value #NAMESPACE} namespace: no SDK, no network call, nothing done on a cold start
 * but writing the line. Names, units and dimensions are the contract with Terraform's alarms and dashboard
 * (docs/operating.md); the record also carries Lambda's request id, which is no dimension, to find the invocation's log
 * lines.
 * <p>
 * Written with Jackson's streaming generator: no object is bound, so nothing needs registering for reflection in a
 * native image.
 */
final class MetricsRecord {

    static final String NAMESPACE = "MusicButler";

    private static final JsonFactory JSON = new JsonFactory();
    private static final String COUNT = "Count";
    private static final String MILLISECONDS = "Milliseconds";

    private MetricsRecord() {
    }

    static void print(Invocation invocation) {
        if (invocation.logged()) {
            System.out.println(of(invocation));
        }
    }

    static String of(Invocation invocation) {
        Outcome outcome = invocation.outcome();
        StringWriter line = new StringWriter(640);
        try (JsonGenerator json = JSON.createGenerator(line)) {
            json.writeStartObject();
            json.writeObjectFieldStart("_aws");
            json.writeNumberField("Timestamp", invocation.epochMillis());
            json.writeArrayFieldStart("CloudWatchMetrics");
            json.writeStartObject();
            json.writeStringField("Namespace", NAMESPACE);
            json.writeArrayFieldStart("Dimensions");
            json.writeArray(new String[] {"Function"}, 0, 1);
            json.writeArray(new String[] {"Function", "Intent"}, 0, 2);
            json.writeArray(new String[] {"Function", "Outcome"}, 0, 2);
            json.writeEndArray();
            json.writeArrayFieldStart("Metrics");
            metric(json, "Requests", COUNT);
            metric(json, "Latency", MILLISECONDS);
            metric(json, "ColdStart", COUNT);
            metric(json, "SpotifyCalls", COUNT);
            metric(json, "SpotifyLatency", MILLISECONDS);
            metric(json, "SpotifyFailures", COUNT);
            metric(json, "LinkPrompts", COUNT);
            metric(json, "AppTokenFetches", COUNT);
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
            json.writeStringField("Function", invocation.function());
            json.writeStringField("Intent", invocation.intentDimension());
            json.writeStringField("Outcome", outcome.name());
            json.writeNumberField("Requests", 1);
            json.writeNumberField("Latency", invocation.durationMillis());
            json.writeNumberField("ColdStart", invocation.coldStart() ? 1 : 0);
            json.writeNumberField("SpotifyCalls", invocation.spotifyCalls());
            json.writeNumberField("SpotifyLatency", invocation.spotifyMillis());
            json.writeNumberField("SpotifyFailures", outcome.isSpotifyFailure() ? 1 : 0);
            json.writeNumberField("LinkPrompts", outcome.isLinkPrompt() ? 1 : 0);
            json.writeNumberField("AppTokenFetches", invocation.appTokenFetches());
            json.writeStringField(Invocation.REQUEST_ID, invocation.requestId());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.toString();
    }

    private static void metric(JsonGenerator json, String name, String unit) throws IOException {
        json.writeStartObject();
        json.writeStringField("Name", name);
        json.writeStringField("Unit", unit);
        json.writeEndObject();
    }
}
