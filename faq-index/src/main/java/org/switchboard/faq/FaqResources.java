package org.switchboard.faq;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.faq.analysis.FaqAnalyzers;
import org.switchboard.faq.language.LanguageDetector;
import org.switchboard.faq.match.Example;
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
    private final List<Example> background;

    private FaqResources(LanguageDetector detector, FaqAnalyzers analyzers, StaticEmbedder embedder, List<Example> background) {
        this.detector = detector;
        this.analyzers = analyzers;
        this.embedder = embedder;
        this.background = List.copyOf(background);
    }

    /** Loads the detector model, analyzers, embedding table and background questions from the classpath. */
    public static FaqResources load() {
        return new FaqResources(LanguageDetector.load(), FaqAnalyzers.create(), StaticEmbedder.english(), readBackground());
    }

    /**
     * Questions no company FAQ answers (weather, trivia, small talk…), per language, written for
     * Switchboard: the model learns from them what out of scope looks like. Their entry index is
     * a placeholder; the trainer assigns them the background class.
     */
    List<Example> background() {
        return background;
    }

    private static List<Example> readBackground() {
        List<Example> out = new ArrayList<>();
        for (Language l : Language.values()) {
            String name = "/org/switchboard/faq/background/background-" + l.code() + ".txt";
            try (InputStream in = FaqResources.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(t -> !t.isEmpty()).forEach(t -> out.add(new Example(0, l, t)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name, e);
            }
        }
        return out;
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
