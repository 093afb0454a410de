package org.switchboard.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.switchboard.bot.FaqSearch;
import org.switchboard.faq.FaqAnswer;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/**
 * The bot's FAQ search as {@code bench chat} gives it to the server: the same search, counting
 * the questions asked and the CPU time the asking threads spent in them, so that the report can
 * set what the FAQ costs inside the loaded server beside what it costs alone. The counts are the
 * process's ({@link #asked()}), like its CPU time: one benchmark server per process.
 */
public final class MeteredSearch implements FaqSearch {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final LongAdder QUESTIONS = new LongAdder();
    private static final LongAdder CPU_NANOS = new LongAdder();

    private final FaqSearch search;

    public MeteredSearch(FaqSearch search) {
        this.search = Objects.requireNonNull(search, "search");
    }

    @Override
    public FaqAnswer ask(String question, Language fallback) {
        long from = THREADS.getCurrentThreadCpuTime();
        try {
            return search.ask(question, fallback);
        } finally {
            CPU_NANOS.add(THREADS.getCurrentThreadCpuTime() - from);
            QUESTIONS.increment();
        }
    }

    @Override
    public Optional<FaqEntry> entry(String id) {
        return search.entry(id);
    }

    /** Questions asked through any metered search so far, and the CPU time spent in them. */
    static Asked asked() {
        return new Asked(QUESTIONS.sum(), CPU_NANOS.sum() / 1e9);
    }

    /** A count of questions and the CPU seconds they took. */
    public record Asked(long questions, double cpuSeconds) {
        Asked minus(Asked earlier) {
            return new Asked(questions - earlier.questions, cpuSeconds - earlier.cpuSeconds);
        }

        /** CPU milliseconds per question; NaN when none was asked. */
        public double cpuMsEach() {
            return questions == 0 ? Double.NaN : cpuSeconds * 1000 / questions;
        }
    }
}
