package org.switchboard.server.bench;

import java.util.Arrays;

/**
 * Summary of per-call latencies: nearest-rank percentiles over a sorted copy, in milliseconds.
 *
 * @param count     how many calls were timed
 * @param medianMs  the 50th percentile
 * @param p90Ms     the 90th percentile
 * @param p99Ms     the 99th percentile
 * @param maxMs     the slowest call
 * @param perSecond calls per second of busy time (count / sum of latencies), single-threaded
 */
public record LatencyStats(int count, double medianMs, double p90Ms, double p99Ms, double maxMs, double perSecond) {
    /** Nothing was timed: every latency is NaN. */
    public static final LatencyStats NONE = new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);

    /** Summarises latencies in nanoseconds; {@code nanos} is not changed. */
    public static LatencyStats ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no latencies");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double totalSeconds = Arrays.stream(sorted).sum() / 1e9;
        return new LatencyStats(sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)),
                ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]),
                totalSeconds > 0 ? sorted.length / totalSeconds : Double.POSITIVE_INFINITY);
    }

    /** Nearest rank: the smallest value with at least {@code p}% of the values at or below it. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
