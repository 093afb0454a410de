package org.switchboard.server.bench;

/**
 * What {@link ChatBenchmark} measured.
 *
 * @param settings         what was run
 * @param questions        how many distinct questions the visitors cycled through
 * @param echo             the echo endpoint in a closed loop: the transport's ceiling
 * @param bot              the chat endpoint in a closed loop: the bot's ceiling, in turns
 * @param faq              the FAQ's {@code ask} alone, closed loop in the process: its ceiling, in questions
 * @param commit           the store committing turns alone, closed loop in the process: its ceiling, in turns
 * @param paced            each visitor asking once a second
 * @param heapMaxBytes     the most heap in use at any sample during the paced run (client included)
 * @param heapAfterGcBytes heap in use after {@code System.gc()} at the end, connections still open
 */
public record ChatBenchResult(ChatBenchmark.Settings settings, int questions, PhaseResult echo, PhaseResult bot,
                              PhaseResult faq, PhaseResult commit, PhaseResult paced, long heapMaxBytes, long heapAfterGcBytes) {

    /** Bot turns a second over echoes a second, both in a closed loop. */
    public double botToEcho() {
        return bot.perSecond() / echo.perSecond();
    }

    /**
     * The most turns a second the FAQ and the store alone allow, one after the other on the same
     * cores ({@code 1 / (1/faq + 1/commit)}): a bound on the bot's ceiling before any WebSocket,
     * JSON or bot logic, fair when both loops kept the cores busy.
     */
    public double partsPerSecond() {
        return 1 / (1 / faq.perSecond() + 1 / commit.perSecond());
    }

    /** {@link #partsPerSecond} over echoes a second: what bot / echo could be at most. */
    public double partsToEcho() {
        return partsPerSecond() / echo.perSecond();
    }

    /**
     * The least CPU a turn can cost, in ms: an echo's exchange (a message in and one out, client
     * and server), a FAQ answer and a commit, each as measured alone. Independent of how busy each
     * loop kept the cores, unlike {@link #partsPerSecond}.
     */
    public double turnFloorCpuMs() {
        return echo.cpuMsPerExchange() + faq.cpuMsPerExchange() + commit.cpuMsPerExchange();
    }

    /**
     * What bot / echo could be at most with a turn at {@link #turnFloorCpuMs}, both loops keeping
     * the cores as busy: the echo's CPU over the floor's.
     */
    public double floorToEcho() {
        return echo.cpuMsPerExchange() / turnFloorCpuMs();
    }
}
