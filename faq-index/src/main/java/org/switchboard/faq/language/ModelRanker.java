package org.switchboard.faq.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.langdetect.LanguageDetector;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.langdetect.ThreadSafeLanguageDetectorME;
import org.switchboard.faq.Language;

/**
 * OpenNLP's language model, asked only about the supported languages: of its ranked predictions
 * the best supported one wins, with its probability renormalised over the supported ones as
 * confidence. The model shipped is OpenNLP's 103-language model trimmed to the supported
 * languages (the test tree's {@code LanguageModelTrimmer}), which ranks them exactly as the full
 * model does; the full model, a test dependency, would also work here.
 *
 * <p>Thread-safe: it uses OpenNLP's {@link ThreadSafeLanguageDetectorME}, one
 * {@code LanguageDetectorME} per thread over the shared model. DetectorBench measured this
 * against a lock around a single {@code LanguageDetectorME}; see the package's test tree.
 */
final class ModelRanker {
    private final LanguageDetector detector;
    private final Map<String, Language> byIso3 = new HashMap<>();

    ModelRanker(LanguageDetector detector) {
        this.detector = detector;
        for (Language l : Language.values()) {
            byIso3.put(l.iso3(), l);
        }
    }

    /** Reads a model from a classpath resource, e.g. {@link LanguageDetector#MODEL_RESOURCE}. */
    static LanguageDetectorModel readModel(String resource) {
        InputStream in = ModelRanker.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("OpenNLP language model " + resource + " is not on the classpath;"
                    + " regenerate it from opennlp-models-langdetect 1.3.0 with scripts/trim-langdetect.sh");
        }
        try (in) {
            return new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP language model " + resource, e);
        }
    }

    static ModelRanker threadSafe(LanguageDetectorModel model) {
        return new ModelRanker(new ThreadSafeLanguageDetectorME(model));
    }

    /** The best supported language, or empty if the model ranks none of them. */
    Optional<Detection> rank(CharSequence text) {
        Language best = null;
        double bestP = 0;
        double total = 0;
        for (opennlp.tools.langdetect.Language p : detector.predictLanguages(text)) {
            Language l = byIso3.get(p.getLang());
            if (l != null) {
                total += p.getConfidence();
                if (best == null) {
                    best = l;
                    bestP = p.getConfidence();
                }
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new Detection(best, total > 0 ? bestP / total : 0, "model"));
    }
}
