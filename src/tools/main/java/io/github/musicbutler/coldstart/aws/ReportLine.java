package io.github.musicbutler.coldstart.aws;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The {@code REPORT} line Lambda writes after every invocation, e.g.
 * {@code REPORT RequestId: … Duration: 5.21 ms Billed Duration: 6 ms Memory Size: 512 MB Max Memory Used: 151 MB
 * Init Duration: 912.40 ms} (fields separated by tabs). {@code Init Duration} appears on cold starts of on-demand
 * functions, {@code Restore Duration} and {@code Billed Restore Duration} on SnapStart restores.
 */
public record ReportLine(String requestId, double durationMs, double billedDurationMs, double memorySizeMb,
        double maxMemoryUsedMb, OptionalDouble initDurationMs, OptionalDouble restoreDurationMs,
        OptionalDouble billedRestoreDurationMs) {

    public boolean isColdStart() {
        return initDurationMs.isPresent() || restoreDurationMs.isPresent();
    }

    /** Finds and parses the REPORT line in a log tail (the text of {@code LogResult}, base64-decoded). */
    public static Optional<ReportLine> find(String logTail) {
        return logTail.lines().filter(line -> line.startsWith("REPORT ")).reduce((first, last) -> last)
                .map(ReportLine::parse);
    }

    public static ReportLine parse(String line) {
        if (!line.startsWith("REPORT ")) {
            throw new IllegalArgumentException("not a REPORT line: " + line);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : line.substring("REPORT ".length()).split("\t")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                fields.put(field.substring(0, colon).trim(), field.substring(colon + 1).trim());
            }
        }
        return new ReportLine(fields.getOrDefault("RequestId", ""),
                required(fields, "Duration"), required(fields, "Billed Duration"),
                required(fields, "Memory Size"), required(fields, "Max Memory Used"),
                optional(fields, "Init Duration"), optional(fields, "Restore Duration"),
                optional(fields, "Billed Restore Duration"));
    }

    private static double required(Map<String, String> fields, String name) {
        return optional(fields, name).orElseThrow(() -> new IllegalArgumentException("REPORT line without " + name
                + ": " + fields));
    }

    /** "912.40 ms" or "151 MB": the number before the unit. */
    private static OptionalDouble optional(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Double.parseDouble(value.split(" ")[0]));
    }
}
