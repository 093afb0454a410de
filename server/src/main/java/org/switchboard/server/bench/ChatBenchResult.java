package org.switchboard.server.bench;

/**
 * What {@link ChatBenchmark} measured.
 *
 * @param settings         what was run
 * @param questions        how many distinct questions the visitors cycled through
 * @param echo             the echo endpoint in a closed loop: the transport's ceiling
 * @param bot              the chat endpoint in a closed loop: the bot's ceiling, in turns
 * @param paced            each visitor asking once a second
 * @param heapMaxBytes     the most heap in use at any sample during the paced run (client included)
 * @param heapAfterGcBytes heap in use after {@code System.gc()} at the end, connections still open
 */
public record ChatBenchResult(ChatBenchmark.Settings settings, int questions, PhaseResult echo, PhaseResult bot,
                              PhaseResult paced, long heapMaxBytes, long heapAfterGcBytes) {

    /** Bot turns a second over echoes a second, both in a closed loop. */
    public double botToEcho() {
        return bot.perSecond() / echo.perSecond();
    }
}
