package org.switchboard.listener.understand;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Seeded stratified k-fold cross-validation of a {@link ModelTrainer} on labelled posts: each fold
 * in turn is predicted by a model trained on the others, and all predictions are scored together.
 */
public final class CrossValidation {
    /** The seed the command line uses unless told otherwise. */
    public static final long DEFAULT_SEED = 42;

    private CrossValidation() {
    }

    /** The scores of {@code k}-fold cross-validation. */
    public static Scores run(Task task, List<LabelledPost> posts, ModelTrainer trainer, int k, long seed) {
        List<String> gold = posts.stream().map(LabelledPost::outcome).toList();
        int[] fold = Folds.stratified(gold, k, seed);
        String[] predicted = new String[posts.size()];
        for (int f = 0; f < k; f++) {
            List<LabelledPost> train = new ArrayList<>();
            List<Integer> test = new ArrayList<>();
            for (int i = 0; i < posts.size(); i++) {
                if (fold[i] == f) {
                    test.add(i);
                } else {
                    train.add(posts.get(i));
                }
            }
            if (train.stream().map(LabelledPost::outcome).distinct().count() < 2) {
                throw new IllegalArgumentException("fold " + (f + 1) + " leaves a single class to train on; use fewer folds");
            }
            TaskModel model = new TaskModel(task, trainer.train(task, train), "fold " + (f + 1));
            for (int i : test) {
                LabelledPost p = posts.get(i);
                predicted[i] = model.best(PostFeatures.of(p.text(), p.language()));
            }
        }
        return Scores.of(task.outcomes(), gold, Arrays.asList(predicted));
    }

    /** The scores of a model on labelled posts it may or may not have seen. */
    public static Scores evaluate(TaskModel model, List<LabelledPost> posts) {
        List<String> gold = posts.stream().map(LabelledPost::outcome).toList();
        List<String> predicted = posts.stream().map(p -> model.best(PostFeatures.of(p.text(), p.language()))).toList();
        return Scores.of(model.task().outcomes(), gold, predicted);
    }
}
