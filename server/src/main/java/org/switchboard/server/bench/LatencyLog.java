package org.switchboard.server.bench;

import java.util.Arrays;

/** Latencies in nanoseconds, appended from many threads. Thread-safe. */
final class LatencyLog {
    private long[] nanos = new long[1 << 14];
    private int size;

    synchronized void add(long latencyNanos) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = latencyNanos;
    }

    synchronized int size() {
        return size;
    }

    /** The summary, or {@link LatencyStats#NONE} when nothing was logged. */
    synchronized LatencyStats stats() {
        return statsSince(0);
    }

    /** The summary of what was logged after the first {@code from} latencies. */
    synchronized LatencyStats statsSince(int from) {
        return size <= from ? LatencyStats.NONE : LatencyStats.ofNanos(Arrays.copyOfRange(nanos, from, size));
    }
}
