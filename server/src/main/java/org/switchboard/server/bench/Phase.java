package org.switchboard.server.bench;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * One phase of {@code bench chat} as the visitors report to it: the latencies of the exchanges
 * inside the measuring window, and every error of the phase. In a closed loop each visitor sends
 * again as soon as its exchange ends, while {@link #sending()}, and an exchange counts when it
 * ends inside the window; in a paced phase a clock sends, and an exchange counts when it was due
 * inside the window. Thread-safe: visitors report from the WebSocket client's threads.
 */
final class Phase {
    /** A turn answered later than this counts as unanswered. */
    static final long REPLY_DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(5);

    final String name;
    private final boolean closedLoop;
    private final LatencyLog latencies = new LatencyLog();
    private final LongAdder sent = new LongAdder();
    private final LongAdder errorFrames = new LongAdder();
    private final LongAdder unexpectedCloses = new LongAdder();
    private final LongAdder unanswered = new LongAdder();
    private final LongAdder acksMissing = new LongAdder();
    private final LongAdder silent = new LongAdder();
    private volatile boolean sending = true;
    private volatile long measureFrom = Long.MAX_VALUE; // nothing is measured until a window is set
    private volatile long measureUntil = Long.MAX_VALUE;

    private Phase(String name, boolean closedLoop) {
        this.name = name;
        this.closedLoop = closedLoop;
    }

    /** Visitors send again as soon as an exchange ends. */
    static Phase closedLoop(String name) {
        return new Phase(name, true);
    }

    /** Something else decides when visitors send; every exchange is measured. */
    static Phase paced(String name) {
        return new Phase(name, false);
    }

    boolean closedLoop() {
        return closedLoop;
    }

    boolean sending() {
        return sending;
    }

    void stopSending() {
        sending = false;
    }

    /**
     * A closed loop's warm-up and window: waits out the warm-up of the load begun at
     * {@code startNanos} ({@link Warmup}), then measures the next {@code ceilingSeconds} and
     * returns once they have passed, with the process's CPU meter still running.
     */
    Window warmUpThenMeasure(ChatBenchmark.Settings settings, long startNanos) throws InterruptedException {
        Warmup.Result warm = new Warmup(settings.warmupSeconds(), settings.maxWarmupSeconds()).await(startNanos);
        long from = System.nanoTime();
        long until = from + TimeUnit.SECONDS.toNanos(settings.ceilingSeconds());
        measure(from, until);
        Usage.Meter meter = Usage.start();
        ChatBenchmark.sleepUntil(until);
        return new Window(warm, meter);
    }

    /** What {@link #warmUpThenMeasure} ran: the warm-up, and the CPU meter started with the window. */
    record Window(Warmup.Result warmup, Usage.Meter meter) {
    }

    /**
     * Only exchanges ending (closed loop) or due (paced) in {@code [fromNanos, untilNanos)} count
     * towards latency and throughput.
     */
    void measure(long fromNanos, long untilNanos) {
        measureFrom = fromNanos;
        measureUntil = untilNanos;
    }

    void sent() {
        sent.increment();
    }

    /** An exchange sent at {@code sentNanos} ended at {@code nowNanos}. */
    void answered(long sentNanos, long nowNanos) {
        ended(sentNanos, nowNanos, false);
    }

    /**
     * A turn sent at {@code sentNanos} ended at {@code nowNanos}; {@code silent} when the bot said
     * nothing in it (not an error: it keeps quiet while the visitor waits for a person).
     */
    void ended(long sentNanos, long nowNanos, boolean silentTurn) {
        long latency = nowNanos - sentNanos;
        if (latency > REPLY_DEADLINE_NANOS) {
            unanswered.increment();
        }
        long counted = closedLoop ? nowNanos : sentNanos;
        if (counted >= measureFrom && counted < measureUntil) {
            latencies.add(latency);
            if (silentTurn) {
                silent.increment();
            }
        }
    }

    void unanswered(long count) {
        unanswered.add(count);
    }

    void ackMissing() {
        acksMissing.increment();
    }

    void errorFrame() {
        errorFrames.increment();
    }

    void unexpectedClose() {
        unexpectedCloses.increment();
    }

    /** How many latencies have been measured so far: a mark for {@link #latencySince}. */
    int measured() {
        return latencies.size();
    }

    /** The latencies measured after the first {@code mark}. */
    LatencyStats latencySince(int mark) {
        return latencies.statsSince(mark);
    }

    /**
     * @param seconds length of the measuring window
     * @param usage   the process's CPU and JIT time during the window
     * @param warmup  the load before the window
     */
    PhaseResult result(double seconds, Usage usage, Warmup.Result warmup) {
        LatencyStats stats = latencies.stats();
        return new PhaseResult(name, seconds, sent.sum(), stats.count(), silent.sum(), stats.count() / seconds, stats,
                errors(), usage, warmup.seconds(), warmup.settled());
    }

    /** Questions (or frames) sent so far, warm-up included. */
    long sentSoFar() {
        return sent.sum();
    }

    /** Everything that went wrong so far. */
    ErrorCounts errors() {
        return new ErrorCounts(errorFrames.sum(), unexpectedCloses.sum(), unanswered.sum(), acksMissing.sum());
    }
}
