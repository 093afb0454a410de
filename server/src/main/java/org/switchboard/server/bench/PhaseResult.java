package org.switchboard.server.bench;

/**
 * The figures of one phase of {@code bench chat}.
 *
 * @param name      {@code echo}, {@code bot}, {@code paced}, {@code faq} or {@code commit}
 * @param seconds   length of the measuring window (warm-up excluded)
 * @param sent      frames (echo), questions (bot, paced, faq) or turns (commit) started in the whole phase,
 *                  warm-up included
 * @param done      echoes, turns that ended (typing off), questions answered or turns committed, inside the window
 * @param silent    of those turns, the ones the bot answered with no event of its own (it keeps
 *                  quiet, for instance, while the visitor waits for a person)
 * @param perSecond {@code done / seconds}
 * @param latency   from sending to the echo, or to the {@code typing} off that ends the bot's turn
 * @param errors    everything that went wrong in the whole phase
 * @param usage     CPU time this process used during the window (server and client together), the
 *                  JIT compiler's share of it (near 0 once the code the phase runs is compiled), each
 *                  group of threads' share, and the server's FAQ questions with their CPU time
 * @param warmupSeconds  how long the same load ran before the window
 * @param warmupSettled  whether the JIT compiler went quiet in the warm-up (or the warm-up was
 *                       fixed); false when the longest warm-up ran out first
 */
public record PhaseResult(String name, double seconds, long sent, long done, long silent, double perSecond,
                          LatencyStats latency, ErrorCounts errors, Usage usage,
                          int warmupSeconds, boolean warmupSettled) {

    /** CPU time this process used during the window, in seconds. */
    public double cpuSeconds() {
        return usage.cpuSeconds();
    }

    /** Of {@link #cpuSeconds}, the JIT compiler's. */
    public double jitSeconds() {
        return usage.jitSeconds();
    }

    /** CPU milliseconds per exchange done, server and client together. */
    public double cpuMsPerExchange() {
        return cpuSeconds() * 1000 / done;
    }

    /** Share of the machine's cores this process kept busy during the window (0..1). */
    public double cpuShare() {
        return cpuSeconds() / seconds / Runtime.getRuntime().availableProcessors();
    }
}
