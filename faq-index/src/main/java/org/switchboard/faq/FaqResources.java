package org.switchboard.faq;

import java.util.List;
import org.switchboard.faq.analysis.FaqAnalyzers;
import org.switchboard.faq.language.LanguageDetector;
import org.switchboard.faq.match.StaticEmbedder;
import org.switchboard.faq.match.Tokens;

/**
 * The heavy, read-only things every {@link FaqIndex} needs: the language detector, the
 * per-language analyzers and the static embedding table. Load once (about a second) and share
 * between indexes; thread-safe.
 */
public final class FaqResources {
    private final LanguageDetector detector;
    private final FaqAnalyzers analyzers;
    private final StaticEmbedder embedder;

    private FaqResources(LanguageDetector detector, FaqAnalyzers analyzers, StaticEmbedder embedder) {
        this.detector = detector;
        this.analyzers = analyzers;
        this.embedder = embedder;
    }

    /** Loads the detector model, analyzers and embedding table from the classpath. */
    public static FaqResources load() {
        return new FaqResources(LanguageDetector.load(), FaqAnalyzers.create(), StaticEmbedder.english());
    }

    public LanguageDetector detector() {
        return detector;
    }

    public FaqAnalyzers analyzers() {
        return analyzers;
    }

    StaticEmbedder embedder() {
        return embedder;
    }

    /** The analysis the matching model reads text through. */
    Tokens tokens() {
        return new Tokens() {
            @Override
            public List<String> words(Language language, String text) {
                return FaqAnalyzers.tokens(analyzers.words(language), text);
            }

            @Override
            public List<String> surface(Language language, String text) {
                return FaqAnalyzers.tokens(analyzers.surface(language), text);
            }
        };
    }
}
