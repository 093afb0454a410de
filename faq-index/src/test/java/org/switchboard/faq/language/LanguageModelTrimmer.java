package org.switchboard.faq.language;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import org.switchboard.faq.Language;

/**
 * Makes the language model Switchboard ships ({@value LanguageDetector#MODEL_RESOURCE}) from
 * OpenNLP's 103-language model ({@code opennlp-models-langdetect} 1.3.0, Apache License 2.0):
 * the same maximum-entropy model with only the supported languages as outcomes, and only the
 * features that weigh for one of them. A maximum-entropy model scores each outcome on its own
 * and normalises at the end, so the trimmed model ranks the supported languages exactly as the
 * full one does, with the same probabilities renormalised over them
 * ({@link TrimmedLanguageModelTest} checks it): 10.6 MB and about 1 s to load become 0.6 MB
 * and under 0.1 s, and scoring a text adds up 5 outcomes instead of 103.
 *
 * <p>Regenerate with {@code scripts/trim-langdetect.sh} when the supported languages change.
 */
final class LanguageModelTrimmer {
    static final String FULL_MODEL = "/langdetect-183.bin";

    private LanguageModelTrimmer() {
    }

    /** The full model trimmed to the supported languages. */
    static LanguageDetectorModel trim(LanguageDetectorModel full) throws IOException {
        GISModel gis = (GISModel) full.getMaxentModel();
        Object[] parts = gis.getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) parts[1];
        String[] outcomes = (String[]) parts[2];
        List<String> kept = Arrays.stream(Language.values()).map(Language::iso3).sorted().toList();
        int[] keptIndex = new int[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            keptIndex[i] = kept.indexOf(outcomes[i]);
        }
        if (Arrays.stream(keptIndex).filter(i -> i >= 0).count() != kept.size()) {
            throw new IllegalStateException("the full model lacks one of " + kept);
        }
        List<String> names = new ArrayList<>();
        List<Context> weights = new ArrayList<>();
        for (Map.Entry<String, Context> f : features.entrySet()) {
            int[] of = f.getValue().getOutcomes();
            double[] w = f.getValue().getParameters();
            int n = (int) Arrays.stream(of).filter(o -> keptIndex[o] >= 0).count();
            if (n == 0) {
                continue;
            }
            int[] newOf = new int[n];
            double[] newW = new double[n];
            for (int j = 0, k = 0; j < of.length; j++) {
                if (keptIndex[of[j]] >= 0) {
                    newOf[k] = keptIndex[of[j]];
                    newW[k++] = w[j];
                }
            }
            names.add(f.getKey());
            weights.add(new Context(newOf, newW));
        }
        GISModel trimmed = new GISModel(weights.toArray(new Context[0]), names.toArray(new String[0]),
                kept.toArray(new String[0]));
        return new LanguageDetectorModel(trimmed, new HashMap<>(), full.getFactory());
    }

    /** Writes the trimmed model to the file named by the first argument. */
    public static void main(String[] args) throws IOException {
        LanguageDetectorModel trimmed = trim(ModelRanker.readModel(FULL_MODEL));
        Path out = Path.of(args[0]);
        try (OutputStream os = Files.newOutputStream(out)) {
            trimmed.serialize(os);
        }
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
    }
}
