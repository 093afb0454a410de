package org.switchboard.server.bench;

import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * CPU time this process used over a stretch of time, and how much of it the JIT compiler took.
 *
 * <pre>{@code
 * Usage.Meter m = Usage.start();
 * ... // the measured window
 * Usage used = m.stop();
 * }</pre>
 */
record Usage(double cpuSeconds, double jitSeconds) {
    private static final LongSupplier JIT_MILLIS = Warmup.jitMillis();

    /** Starts measuring now. */
    static Meter start() {
        return new Meter(cpuNow(), JIT_MILLIS.getAsLong());
    }

    /** CPU time this process has used so far, in seconds. */
    static double cpuNow() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** What was used from {@link #start} until {@link #stop}. */
    record Meter(double cpuFrom, long jitFromMillis) {
        Usage stop() {
            return new Usage(cpuNow() - cpuFrom, (JIT_MILLIS.getAsLong() - jitFromMillis) / 1000.0);
        }
    }
}
