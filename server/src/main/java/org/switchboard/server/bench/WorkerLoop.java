package org.switchboard.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One part of a bot turn alone, in this process, with no WebSocket: {@code workers} threads each
 * doing the part back to back, a warm-up, then a measured window ({@link Phase#closedLoop}). A
 * part that throws counts as an error frame would, and the loop goes on. One run per instance.
 */
final class WorkerLoop {
    /** The part to do: the {@code n}th time overall (from 0, unique across the workers). */
    @FunctionalInterface
    interface Work {
        void run(long n) throws Exception;
    }

    private final Phase phase;
    private final ChatBenchmark.Settings settings;
    private final int workers;
    private final Consumer<String> progress;
    private final AtomicLong next = new AtomicLong();
    private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();

    WorkerLoop(String name, ChatBenchmark.Settings settings, int workers, Consumer<String> progress) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers < 1");
        }
        this.phase = Phase.closedLoop(name);
        this.settings = settings;
        this.workers = workers;
        this.progress = progress;
    }

    /**
     * Runs {@code work} on the workers through the warm-up ({@link Warmup}) and the window; then,
     * before the figures are taken, {@code afterWindow} (e.g. waiting until what was written is
     * durable: its CPU time counts, its wall time does not add exchanges).
     */
    PhaseResult run(Work work, Runnable afterWindow) throws InterruptedException {
        progress.accept(phase.name + ": " + workers + " threads in this process, closed loop, warm-up "
                + settings.warmupSeconds() + " s or more until the JIT compiler is quiet, " + settings.ceilingSeconds()
                + " s measured");
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>(workers);
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(() -> loop(work), "bench-" + phase.name + "-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        Phase.Window window = phase.warmUpThenMeasure(settings, start);
        phase.stopSending();
        for (Thread t : threads) {
            t.join();
        }
        afterWindow.run();
        Warmup.Result warm = window.warmup();
        PhaseResult r = phase.result(settings.ceilingSeconds(), window.meter().stop(), warm);
        Throwable f = firstFailure.get();
        progress.accept(String.format(Locale.ROOT, "%s: %.0f/s, %.3f ms of CPU each, %d errors%s, after %d s of warm-up%s",
                phase.name, r.perSecond(), r.cpuMsPerExchange(), r.errors().total(),
                f == null ? "" : " (first: " + f + ")", warm.seconds(), ChatBenchmark.unsettled(warm)));
        return r;
    }

    private void loop(Work work) {
        while (phase.sending()) {
            long n = next.getAndIncrement();
            phase.sent();
            long t0 = System.nanoTime();
            try {
                work.run(n);
                phase.answered(t0, System.nanoTime());
            } catch (Exception e) {
                firstFailure.compareAndSet(null, e);
                phase.errorFrame();
            }
        }
    }
}
