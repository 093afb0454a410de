package org.switchboard.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

/** Busy work for tests of CPU meters: uses a given amount of the calling thread's own CPU time. */
final class CpuSpin {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Keeps the spinning from being optimised away. */
    private static volatile long sink;

    private CpuSpin() {
    }

    static void use(long cpuMillis) {
        long until = THREADS.getCurrentThreadCpuTime() + TimeUnit.MILLISECONDS.toNanos(cpuMillis);
        long x = cpuMillis;
        while (THREADS.getCurrentThreadCpuTime() < until) {
            x += x * 31 + 7;
        }
        sink = x;
    }
}
