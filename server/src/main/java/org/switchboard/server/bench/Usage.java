package org.switchboard.server.bench;

import java.lang.management.ManagementFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * CPU time this process used over a stretch of time: in all, the JIT compiler's share, each group
 * of Java threads' share ({@link ThreadCpu}), and the questions the server's FAQ search answered
 * with the CPU time they took ({@link MeteredSearch}).
 *
 * <pre>{@code
 * Usage.Meter m = Usage.start();
 * ... // the measured window
 * Usage used = m.stop();
 * }</pre>
 *
 * @param cpuSeconds    the whole process's CPU time
 * @param jitSeconds    of that, the JIT compiler's
 * @param threadSeconds of that, each group of Java threads', the busiest first (what is left is the
 *                      JVM's own threads': GC, JIT compiler, VM)
 * @param faqAsked      the questions the server's FAQ search answered, and their CPU time
 */
public record Usage(double cpuSeconds, double jitSeconds, Map<String, Double> threadSeconds, MeteredSearch.Asked faqAsked) {
    private static final LongSupplier JIT_MILLIS = Warmup.jitMillis();

    public Usage {
        threadSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(threadSeconds)); // keeps the order
        Objects.requireNonNull(faqAsked, "faqAsked");
    }

    /** Only the totals, nothing by thread. */
    public Usage(double cpuSeconds, double jitSeconds) {
        this(cpuSeconds, jitSeconds, Map.of(), new MeteredSearch.Asked(0, 0));
    }

    /** CPU seconds the process used beyond its Java threads: the JVM's own (GC, JIT compiler, VM). */
    public double outsideJavaThreads() {
        return cpuSeconds - threadSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** Starts measuring now. */
    static Meter start() {
        return new Meter(cpuNow(), JIT_MILLIS.getAsLong(), ThreadCpu.now(), MeteredSearch.asked());
    }

    /** CPU time this process has used so far, in seconds. */
    static double cpuNow() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** What was used from {@link #start} until {@link #stop}. */
    record Meter(double cpuFrom, long jitFromMillis, ThreadCpu threadsFrom, MeteredSearch.Asked askedFrom) {
        Usage stop() {
            ThreadCpu threads = ThreadCpu.now();
            return new Usage(cpuNow() - cpuFrom, (JIT_MILLIS.getAsLong() - jitFromMillis) / 1000.0,
                    threads.since(threadsFrom), MeteredSearch.asked().minus(askedFrom));
        }
    }
}
