package org.switchboard.server.bench;

import static org.switchboard.server.bench.ChatBenchmark.SECOND;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * Load before a ceiling is measured, until the JVM runs the code the way it will from then on:
 * at least {@code minSeconds}, then until the JIT compiler has been quiet (under
 * {@value #QUIET_COMPILE_MS} ms of compiling in the last {@value #QUIET_SECONDS} s), at most
 * {@code maxSeconds}; with minimum = maximum, exactly that long. Under the chat's load on two cores the compiler is busy for a minute or
 * more (it compiles H2, Jackson, Tyrus, Grizzly, Lucene and the bot as they get hot), and until
 * it is done a turn costs two to three times its steady-state CPU.
 */
final class Warmup {
    static final int QUIET_SECONDS = 5;
    static final long QUIET_COMPILE_MS = 100;

    private final int minSeconds;
    private final int maxSeconds;
    private final int quietSeconds;
    private final LongSupplier compileMillis;

    Warmup(int minSeconds, int maxSeconds) {
        this(minSeconds, maxSeconds, QUIET_SECONDS, jitMillis());
    }

    /**
     * @param quietSeconds  how long the compiler must have been quiet
     * @param compileMillis time the compiler has spent so far, in ms, never decreasing
     */
    Warmup(int minSeconds, int maxSeconds, int quietSeconds, LongSupplier compileMillis) {
        if (minSeconds < 0 || maxSeconds < minSeconds || quietSeconds < 1) {
            throw new IllegalArgumentException("need 0 <= minSeconds <= maxSeconds and quietSeconds >= 1: " + minSeconds
                    + ", " + maxSeconds + ", " + quietSeconds);
        }
        this.minSeconds = minSeconds;
        this.maxSeconds = maxSeconds;
        this.quietSeconds = quietSeconds;
        this.compileMillis = compileMillis;
    }

    /**
     * Waits from {@code startNanos} ({@link System#nanoTime()}, when the load began) until warm;
     * returns what the warm-up was.
     */
    Result await(long startNanos) throws InterruptedException {
        int window = quietSeconds;
        long[] compiled = new long[window + 1]; // compile time at the last window + 1 whole seconds, ring
        int seconds = 0;
        compiled[0] = compileMillis.getAsLong();
        while (true) {
            boolean quietLongEnough = seconds >= window
                    && compiled[seconds % (window + 1)] - compiled[(seconds - window) % (window + 1)] < QUIET_COMPILE_MS;
            if (seconds >= minSeconds && (quietLongEnough || seconds >= maxSeconds)) {
                return new Result(seconds, quietLongEnough || minSeconds == maxSeconds);
            }
            seconds++;
            ChatBenchmark.sleepUntil(startNanos + seconds * SECOND);
            compiled[seconds % (window + 1)] = compileMillis.getAsLong();
        }
    }

    /** The JIT compiler's time so far in ms, or a constant 0 where the JVM does not say. */
    static LongSupplier jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return () -> 0;
        }
        return jit::getTotalCompilationTime;
    }

    /**
     * @param seconds how long the load ran before the measuring window
     * @param settled the compiler went quiet (or the warm-up was fixed: minimum = maximum); false
     *                when the maximum ran out first, so the figures may be low
     */
    record Result(int seconds, boolean settled) {
    }
}
