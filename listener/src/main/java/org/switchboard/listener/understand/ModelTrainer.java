package org.switchboard.listener.understand;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains one task's OpenNLP document categorizer on labelled posts with the
 * {@link PostFeatureGenerator}: maximum entropy (logistic regression) fitted by L-BFGS
 * ({@code MAXENT_QN}) with an L2 penalty, one thread, no cutoff. Training is deterministic: the
 * same posts in the same order give the same model.
 *
 * @param iterations L-BFGS iterations
 * @param l2         the L2 penalty
 */
public record ModelTrainer(int iterations, double l2) {
    /** The settings measured best by cross-validation (docs/listener-understanding.md). */
    public static final ModelTrainer STANDARD = new ModelTrainer(150, 1.0);

    static {
        PostFeatureGenerator.allowLoading();
    }

    /** The model for {@code task} from {@code posts} (at least two classes among them). */
    public DoccatModel train(Task task, List<LabelledPost> posts) {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, 0);
        params.put(QNTrainer.THREADS_PARAM, 1);
        params.put(QNTrainer.L1COST_PARAM, 0.0);
        params.put(QNTrainer.L2COST_PARAM, l2);
        params.put("PrintMessages", false);
        DocumentSample[] samples = posts.stream()
                .map(p -> new DocumentSample(p.outcome(), PostTokens.of(p.text()),
                        Map.of(PostFeatureGenerator.LANGUAGE, p.language())))
                .toArray(DocumentSample[]::new);
        try {
            return DocumentCategorizerME.train("x-" + task.code(), ObjectStreamUtils.createObjectStream(samples), params,
                    new DoccatFactory(new FeatureGenerator[] {new PostFeatureGenerator()}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
