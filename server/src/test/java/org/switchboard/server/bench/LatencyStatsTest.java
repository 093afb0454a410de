package org.switchboard.server.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {
    @Test
    void nearestRankPercentilesOfOneToHundredMilliseconds() {
        long[] nanos = LongStream.rangeClosed(1, 100).map(ms -> (101 - ms) * 1_000_000).toArray();
        LatencyStats s = LatencyStats.ofNanos(nanos);
        assertEquals(100, s.count());
        assertEquals(50.0, s.medianMs());
        assertEquals(90.0, s.p90Ms());
        assertEquals(99.0, s.p99Ms());
        assertEquals(100.0, s.maxMs());
        assertEquals(100 / 5.05, s.perSecond(), 1e-9); // 5050 ms of work in all
    }

    @Test
    void doesNotReorderTheCallersArray() {
        long[] nanos = {3, 1, 2};
        LatencyStats.ofNanos(nanos);
        assertArrayEquals(new long[] {3, 1, 2}, nanos);
    }

    @Test
    void singleValueIsEveryPercentile() {
        LatencyStats s = LatencyStats.ofNanos(new long[] {2_500_000});
        assertEquals(2.5, s.medianMs());
        assertEquals(2.5, s.p99Ms());
        assertEquals(2.5, s.maxMs());
    }
}
