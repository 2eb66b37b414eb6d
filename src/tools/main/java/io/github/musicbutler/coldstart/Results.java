package io.github.musicbutler.coldstart;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/** Everything one benchmark produced: written as JSON, rendered as table and chart. */
public record Results(Instant finishedAt, Machine machine, int runsPerMode, List<Mode> modes, List<String> skipped,
        int spotifyRequests, List<Measurement> measurements) {

    /** One mode's summaries, in the order the modes ran. */
    public record ModeSummary(Mode mode, Summary initMs, Summary firstResponseMs, Summary secondResponseMs, Summary cpuMs,
            Summary peakRssMiB) {
    }

    public List<ModeSummary> summaries() {
        Map<String, List<Measurement>> byMode = measurements.stream()
                .collect(Collectors.groupingBy(Measurement::mode));
        return modes.stream()
                .filter(mode -> byMode.containsKey(mode.name()))
                .map(mode -> {
                    List<Measurement> runs = byMode.get(mode.name());
                    return new ModeSummary(mode, summary(runs, Measurement::initMs),
                            summary(runs, Measurement::firstResponseMs),
                            summary(runs, Measurement::secondResponseMs), summary(runs, Measurement::cpuMs),
                            summary(runs, Measurement::peakRssMiB));
                })
                .toList();
    }

    private static Summary summary(List<Measurement> runs, ToDoubleFunction<Measurement> figure) {
        return Summary.of(runs.stream().map(run -> figure.applyAsDouble(run)).toList());
    }
}
