package org.switchboard.server.bench;

import static org.switchboard.server.bench.ChatBenchmark.SECOND;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The paced phase of {@code bench chat}: each visitor asks once a second, the visitors staggered
 * over the first second, open loop: a question is sent when it is due, whether or not the
 * previous one was answered, and timed from when it was due. The first
 * {@code warmupSeconds} are not measured (errors still count); then {@code pacedSeconds} are.
 * Heap use is sampled every 200 ms throughout. One run per instance.
 */
final class PacedRun {
    private static final long REPORT_EVERY = 10 * SECOND;

    private final ChatBenchmark.Settings settings;
    private final List<ChatVisitor> visitors;
    private final Consumer<String> progress;
    private final Phase phase = Phase.paced("paced");
    private final AtomicLong heapMax = new AtomicLong();

    PacedRun(ChatBenchmark.Settings settings, List<ChatVisitor> visitors, Consumer<String> progress) {
        this.settings = settings;
        this.visitors = visitors;
        this.progress = progress;
    }

    PhaseResult run() throws InterruptedException {
        long start = System.nanoTime() + SECOND / 10;
        long from = start + settings.warmupSeconds() * SECOND;
        long end = from + settings.pacedSeconds() * SECOND;
        phase.measure(from, end);
        visitors.forEach(v -> v.phase = phase);
        progress.accept("paced: " + visitors.size() + " visitors asking once a second, " + settings.warmupSeconds()
                + " s warm-up, " + settings.pacedSeconds() + " s measured");
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-pacer");
            t.setDaemon(true);
            return t;
        });
        Usage used;
        try {
            schedule(clock, start, end);
            ChatBenchmark.sleepUntil(from);
            Usage.Meter meter = Usage.start();
            report(start, end);
            used = meter.stop();
        } finally {
            clock.shutdownNow();
        }
        phase.stopSending();
        ChatBenchmark.drain(phase, visitors);
        return phase.result(settings.pacedSeconds(), used, new Warmup.Result(settings.warmupSeconds(), true));
    }

    /** The most heap in use at any sample. */
    long heapMax() {
        return heapMax.get();
    }

    private void schedule(ScheduledExecutorService clock, long start, long end) {
        for (int i = 0; i < visitors.size(); i++) {
            ChatVisitor v = visitors.get(i);
            long first = start + i * SECOND / visitors.size();
            AtomicLong k = new AtomicLong();
            clock.scheduleAtFixedRate(() -> {
                long due = first + k.getAndIncrement() * SECOND;
                if (due < end) {
                    v.ask(due);
                }
            }, first - System.nanoTime(), SECOND, TimeUnit.NANOSECONDS);
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        clock.scheduleAtFixedRate(() -> heapMax.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 200, TimeUnit.MILLISECONDS);
    }

    /** Every ten seconds until {@code end}: what was asked, the errors, and the turns answered since the last report. */
    private void report(long start, long end) throws InterruptedException {
        int mark = phase.measured();
        for (long at = start + REPORT_EVERY; at < end; at += REPORT_EVERY) {
            ChatBenchmark.sleepUntil(at);
            LatencyStats recent = phase.latencySince(mark);
            mark += recent.count();
            progress.accept(String.format(Locale.ROOT, "paced: %d s, %d asked, %d errors; since the last report %d"
                    + " measured turns answered, p99 %.1f ms", (at - start) / SECOND, phase.sentSoFar(), phase.errors().total(),
                    recent.count(), recent.p99Ms()));
        }
        ChatBenchmark.sleepUntil(end);
    }
}
