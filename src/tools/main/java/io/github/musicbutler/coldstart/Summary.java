package io.github.musicbutler.coldstart;

import java.util.List;

/**
 * Median, 90th percentile, minimum and maximum of one figure over N runs. Percentiles use the nearest-rank
 * definition, so each one is a value that was really measured (with 10 runs, p90 is the 9th fastest); written out
 * because it is five lines and the definition matters more than a library's interpolation default.
 */
public record Summary(int count, double median, double p90, double min, double max) {

    public static Summary of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to summarise");
        }
        List<Double> sorted = values.stream().sorted().toList();
        return new Summary(sorted.size(), median(sorted), nearestRank(sorted, 0.90),
                sorted.getFirst(), sorted.getLast());
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double nearestRank(List<Double> sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
