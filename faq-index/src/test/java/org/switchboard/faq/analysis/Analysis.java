package org.switchboard.faq.analysis;

import java.util.List;
import org.switchboard.faq.Language;

/** One FaqAnalyzers for the analysis tests (it holds no state that a test could change), and shorthands. */
final class Analysis {
    static final FaqAnalyzers ANALYZERS = FaqAnalyzers.create();

    private Analysis() {
    }

    static List<String> words(Language l, String text) {
        return FaqAnalyzers.tokens(ANALYZERS.words(l), text);
    }

    static List<String> surface(Language l, String text) {
        return FaqAnalyzers.tokens(ANALYZERS.surface(l), text);
    }

    static List<String> exact(Language l, String text) {
        return FaqAnalyzers.tokens(ANALYZERS.exact(l), text);
    }
}
