package io.newsroom.bench.pipeline;

import java.util.Arrays;

/**
 * p50/p95/p99/max of a set of latencies by nearest rank (the smallest value with at least q % of the values at or
 * below it): every reported figure is one that was really measured, never an interpolation.
 */
public record Percentiles(int count, double p50, double p95, double p99, double max) {

    /** No values: every figure NaN, so a missing measurement is never mistaken for zero latency. */
    public static final Percentiles NONE = new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);

    public static Percentiles of(double[] values) {
        if (values.length == 0) {
            return NONE;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted[sorted.length - 1]);
    }

    static double rank(double[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
