package org.switchboard.faq;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The FAQ index: the front door of this module. SKELETON — implementation in progress.
 *
 * <pre>{@code
 * try (FaqIndex index = FaqIndex.open(Path.of("data"), FaqIndexConfig.defaults())) {
 *     index.replaceAll(entries);                 // atomic: readers keep the old index until done
 *     FaqAnswer a = index.ask("how do i reset my password");
 *     a.decision();                              // ANSWER, OPTIONS or HANDOFF
 * }
 * }</pre>
 *
 * <p>Thread-safe: any number of threads may call {@link #ask} while one replaces the entries.
 */
public final class FaqIndex implements Closeable {
    /** Opens (or creates, empty) the index under {@code dataDir/faq}. */
    public static FaqIndex open(Path dataDir, FaqIndexConfig config) { throw new IllegalStateException("skeleton"); }

    /** Answers a question, detecting its language; short questions fall back to the config's default language. */
    public FaqAnswer ask(String question) { throw new IllegalStateException("skeleton"); }

    /** Answers a question; {@code fallback} (e.g. the conversation's language) is used when detection is unsure. */
    public FaqAnswer ask(String question, Language fallback) { throw new IllegalStateException("skeleton"); }

    /** Replaces every entry, rebuilding index and model in a new generation and switching atomically. */
    public void replaceAll(List<FaqEntry> entries) { throw new IllegalStateException("skeleton"); }

    /** The entries currently served, in import order. */
    public List<FaqEntry> entries() { throw new IllegalStateException("skeleton"); }

    /** One entry by id. */
    public Optional<FaqEntry> entry(String id) { throw new IllegalStateException("skeleton"); }

    /** The thresholds in force. */
    public Thresholds thresholds() { throw new IllegalStateException("skeleton"); }

    /**
     * A bare Lucene BM25 query over the phrasings, best entry first (scores not calibrated):
     * the baseline that benchmarks compare {@link #ask} with.
     */
    public List<Candidate> searchBm25(String question, int maxEntries) { throw new IllegalStateException("skeleton"); }

    /** Stores thresholds chosen by tuning in the data directory; they take effect at once and on later opens. */
    public void saveThresholds(Thresholds thresholds) { throw new IllegalStateException("skeleton"); }

    @Override
    public void close() { }
}
