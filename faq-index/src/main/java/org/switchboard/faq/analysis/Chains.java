package org.switchboard.faq.analysis;

import org.apache.lucene.analysis.Analyzer;

/** One language's three analyzers; see {@link FaqAnalyzers} for what each is for. */
record Chains(Analyzer words, Analyzer surface, Analyzer exact) {
    /** Closes all three; closing the same analyzer twice is harmless. */
    void close() {
        words.close();
        surface.close();
        exact.close();
    }
}
