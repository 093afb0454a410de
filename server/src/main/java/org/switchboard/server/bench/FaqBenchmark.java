package org.switchboard.server.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqIndex;
import org.switchboard.faq.FaqIndexConfig;

/**
 * Builds a throw-away index from a corpus and times, single-threaded, {@code ask(q)} against the
 * bare BM25 baseline {@code searchBm25(q, 5)} on the same questions. The two calls alternate per
 * question, and which goes first alternates too, so that both see the same JIT, GC and cache state.
 *
 * <p>Not thread-safe; run one at a time, nothing else busy, for figures worth comparing.
 */
public final class FaqBenchmark {
    static final int BM25_DEPTH = 5;

    private final FaqIndexConfig config;
    /** Publishes timed per corpus by default (the median is reported). */
    public static final int PUBLISHES = 3;
    private final int publishes;
    private final int warmupQuestions;
    private final Consumer<String> progress;
    private long sink; // written by every timed call, so the JIT cannot drop them

    /**
     * @param config          how the index decides (thresholds matter for ask's cost)
     * @param warmupQuestions calls of each method before timing starts
     * @param progress        receives one line per step (the command prints them on stderr)
     */
    public FaqBenchmark(FaqIndexConfig config, int warmupQuestions, Consumer<String> progress) {
        this(config, warmupQuestions, PUBLISHES, progress);
    }

    /** @param publishes how many edited answers are published, each until its full build is on disk (at least 1) */
    public FaqBenchmark(FaqIndexConfig config, int warmupQuestions, int publishes, Consumer<String> progress) {
        if (publishes < 1) {
            throw new IllegalArgumentException("publishes must be at least 1, not " + publishes);
        }
        this.publishes = publishes;
        this.config = config;
        this.warmupQuestions = warmupQuestions;
        this.progress = progress;
    }

    /** Builds the corpus's index in a new temporary directory, measures, and deletes the directory. */
    public BenchResult run(BenchCorpus corpus) throws IOException {
        Path dir = Files.createTempDirectory("switchboard-bench-");
        try (FaqIndex index = FaqIndex.open(dir, config)) {
            progress.accept(corpus.name() + ": building the index of " + corpus.entries().size() + " entries, "
                    + corpus.phrasings() + " phrasings");
            long start = System.nanoTime();
            index.replaceAll(corpus.entries());
            double buildMs = (System.nanoTime() - start) / 1e6;
            List<String> questions = corpus.questions();
            progress.accept(corpus.name() + ": warming up with " + warmupQuestions + " questions");
            for (int i = 0; i < warmupQuestions; i++) {
                timeAsk(index, questions.get(i % questions.size()));
                timeBm25(index, questions.get(i % questions.size()));
            }
            progress.accept(corpus.name() + ": timing " + questions.size() + " questions");
            long[] ask = new long[questions.size()];
            long[] bm25 = new long[questions.size()];
            for (int i = 0; i < questions.size(); i++) {
                String q = questions.get(i);
                if (i % 2 == 0) {
                    ask[i] = timeAsk(index, q);
                    bm25[i] = timeBm25(index, q);
                } else {
                    bm25[i] = timeBm25(index, q);
                    ask[i] = timeAsk(index, q);
                }
            }
            long disk = sizeOf(dir);
            long heap = heapUsedAfterGc();
            progress.accept(corpus.name() + ": publishing an edited answer " + publishes + " times");
            double[] publish = new double[publishes];
            double[] durable = new double[publishes];
            for (int i = 0; i < publishes; i++) {
                List<FaqEntry> edited = new java.util.ArrayList<>(corpus.entries());
                FaqEntry first = edited.get(0);
                edited.set(0, new FaqEntry(first.id(), first.language(), first.question(), first.alternates(),
                        first.answer() + " (edit " + (i + 1) + ")", first.tags(), first.followUps(), first.translations()));
                long t0 = System.nanoTime();
                index.update(edited);
                publish[i] = (System.nanoTime() - t0) / 1e6;
                index.awaitDurable();
                durable[i] = (System.nanoTime() - t0) / 1e6;
            }
            java.util.Arrays.sort(publish);
            java.util.Arrays.sort(durable);
            return new BenchResult(corpus.name(), corpus.entries().size(), corpus.phrasings(), buildMs,
                    disk, heap, LatencyStats.ofNanos(ask), LatencyStats.ofNanos(bm25),
                    publish[publishes / 2], durable[publishes / 2]);
        } finally {
            FileUtils.deleteDirectory(dir.toFile());
        }
    }

    private long timeAsk(FaqIndex index, String question) {
        long start = System.nanoTime();
        sink += index.ask(question).candidates().size();
        return System.nanoTime() - start;
    }

    private long timeBm25(FaqIndex index, String question) {
        long start = System.nanoTime();
        sink += index.searchBm25(question, BM25_DEPTH).size();
        return System.nanoTime() - start;
    }

    /** Heap in use after a full collection, in bytes. */
    public static long heapUsedAfterGc() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
