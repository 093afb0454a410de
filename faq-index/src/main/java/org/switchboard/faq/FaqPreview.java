package org.switchboard.faq;

import java.util.List;

/**
 * A throwaway FAQ index held in memory, made by {@link FaqIndex#preview}: it answers as the
 * index would after an update to these entries (same language detection, thresholds and
 * decision rule; a quickly trained model). Nothing is written to disk; discard it when done.
 */
public final class FaqPreview {
    private final FaqIndex index;
    private final Generation generation;

    FaqPreview(FaqIndex index, Generation generation) {
        this.index = index;
        this.generation = generation;
    }

    /** Answers a question as {@link FaqIndex#ask(String, Language)} would with these entries. */
    public FaqAnswer ask(String question, Language fallback) {
        return index.answer(generation, question, fallback);
    }

    /** The confidences of the best {@code k} entries for a question, before any decision. */
    public List<Candidate> rank(String question, Language fallback, int k) {
        Language language = index.detectLanguage(question, fallback);
        return FaqIndex.ranked(generation, question, language, k, index.thresholds());
    }

    /** The entries previewed. */
    public List<FaqEntry> entries() {
        return generation.entries;
    }
}
