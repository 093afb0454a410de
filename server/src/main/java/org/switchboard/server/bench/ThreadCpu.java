package org.switchboard.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * CPU time of this process's Java threads, by thread: a snapshot now, and what each group of
 * threads used since an earlier snapshot. Threads are grouped by name with their numbers taken out
 * ({@code HttpClient-1-Worker-57} and {@code HttpClient-1-Worker-3} are {@code HttpClient-#-Worker-#}),
 * so that a pool shows as one line. A thread that ends between two snapshots takes its CPU time
 * with it; one that starts counts from zero. The JVM's own threads (GC, the JIT compiler) are not
 * Java threads and are not here: what the process used beyond these is theirs.
 */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** A number right after a dash or an opening parenthesis: a pool's or a thread's number. */
    private static final Pattern NUMBER = Pattern.compile("(?<=[-(])\\d+");

    /** Thread id to its group and CPU nanoseconds so far. */
    private final Map<Long, Sample> byThread;

    private record Sample(String group, long cpuNanos) {
    }

    private ThreadCpu(Map<Long, Sample> byThread) {
        this.byThread = byThread;
    }

    /** Every live Java thread's CPU time so far; empty when the JVM does not measure thread CPU time. */
    static ThreadCpu now() {
        Map<Long, Sample> samples = new HashMap<>();
        if (THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled()) {
            long[] ids = THREADS.getAllThreadIds();
            ThreadInfo[] infos = THREADS.getThreadInfo(ids);
            for (int i = 0; i < ids.length; i++) {
                long cpu = THREADS.getThreadCpuTime(ids[i]);
                if (infos[i] != null && cpu >= 0) {
                    samples.put(ids[i], new Sample(group(infos[i].getThreadName()), cpu));
                }
            }
        }
        return new ThreadCpu(samples);
    }

    /**
     * CPU seconds each group of threads used from {@code earlier} to this snapshot, the busiest
     * first; groups that used none are left out.
     */
    Map<String, Double> since(ThreadCpu earlier) {
        Map<String, Long> nanos = new HashMap<>();
        byThread.forEach((id, now) -> {
            Sample before = earlier.byThread.get(id);
            long used = now.cpuNanos() - (before == null ? 0 : before.cpuNanos());
            if (used > 0) {
                nanos.merge(now.group(), used, Long::sum);
            }
        });
        Map<String, Double> seconds = new LinkedHashMap<>();
        nanos.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> seconds.put(e.getKey(), e.getValue() / 1e9));
        return seconds;
    }

    /**
     * A thread's group: its name with the numbers of pools and threads replaced by {@code #}, and
     * cut before a file path (H2 names its writer after the database file).
     */
    static String group(String threadName) {
        int path = threadName.indexOf(" /");
        String name = path < 0 ? threadName : threadName.substring(0, path);
        return NUMBER.matcher(name).replaceAll("#");
    }
}
