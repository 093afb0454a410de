package org.switchboard.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/** {@link Warmup} against a compiler whose busy seconds the test decides (one reading a second). */
class WarmupTest {
    /** A compiler busy (1 s of compiling a second) for its first {@code busyReadings} readings, then quiet. */
    private static LongSupplier busyFor(int busyReadings, AtomicInteger readings) {
        return () -> {
            int n = readings.getAndIncrement();
            return 1000L * Math.min(n, busyReadings);
        };
    }

    @Test
    void aQuietCompilerEndsTheWarmUpOnceTheQuietWindowHasPassed() throws Exception {
        AtomicInteger readings = new AtomicInteger();
        Warmup.Result r = new Warmup(0, 30, 1, busyFor(0, readings)).await(System.nanoTime());
        assertEquals(new Warmup.Result(1, true), r);
    }

    @Test
    void aBusyCompilerKeepsItWarmingUpUntilItGoesQuiet() throws Exception {
        AtomicInteger readings = new AtomicInteger();
        Warmup.Result r = new Warmup(0, 30, 1, busyFor(2, readings)).await(System.nanoTime());
        assertEquals(new Warmup.Result(3, true), r, "busy in seconds 1 and 2, quiet in the 3rd");
    }

    @Test
    void theLongestWarmUpEndsItUnsettledWhenTheCompilerNeverGoesQuiet() throws Exception {
        AtomicInteger readings = new AtomicInteger();
        Warmup.Result r = new Warmup(0, 2, 1, busyFor(Integer.MAX_VALUE, readings)).await(System.nanoTime());
        assertEquals(2, r.seconds());
        assertFalse(r.settled());
    }

    @Test
    void aFixedWarmUpLastsExactlyThatLongAndCountsAsSettled() throws Exception {
        AtomicInteger readings = new AtomicInteger();
        long t0 = System.nanoTime();
        Warmup.Result r = new Warmup(1, 1, 1, busyFor(Integer.MAX_VALUE, readings)).await(t0);
        assertEquals(new Warmup.Result(1, true), r);
        assertTrue(System.nanoTime() - t0 >= ChatBenchmark.SECOND, "waited the second out");
        assertEquals(new Warmup.Result(0, true), new Warmup(0, 0, 1, () -> 0).await(System.nanoTime()));
    }

    @Test
    void theBoundsMustMakeSense() {
        assertThrows(IllegalArgumentException.class, () -> new Warmup(5, 4, 1, () -> 0));
        assertThrows(IllegalArgumentException.class, () -> new Warmup(-1, 4, 1, () -> 0));
        assertThrows(IllegalArgumentException.class, () -> new Warmup(0, 4, 0, () -> 0));
    }
}
