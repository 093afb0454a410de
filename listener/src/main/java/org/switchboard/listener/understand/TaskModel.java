package org.switchboard.listener.understand;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;

/**
 * One task's trained model, evaluated on features computed once per post for all tasks.
 * Thread-safe (OpenNLP's maxent models keep no state between calls).
 */
public final class TaskModel {
    static {
        PostFeatureGenerator.allowLoading();
    }

    private final Task task;
    private final DoccatModel model;
    private final MaxentModel maxent;
    private final int[] outcomeIndex;
    private final String origin;

    /**
     * Wraps a trained model.
     *
     * @param origin where it came from, for messages ("shipped", a file path)
     * @throws IllegalArgumentException when the model was not made by {@link ModelTrainer} for this task
     */
    public TaskModel(Task task, DoccatModel model, String origin) {
        this.task = task;
        this.model = model;
        this.maxent = model.getMaxentModel();
        this.origin = origin;
        FeatureGenerator[] generators = model.getFactory().getFeatureGenerators();
        if (generators.length != 1 || !(generators[0] instanceof PostFeatureGenerator)) {
            throw new IllegalArgumentException(origin + ": not a Switchboard " + task.code() + " model (other features)");
        }
        outcomeIndex = new int[task.outcomes().size()];
        List<String> has = new ArrayList<>();
        for (int i = 0; i < maxent.getNumOutcomes(); i++) {
            has.add(maxent.getOutcome(i));
        }
        if (has.size() != outcomeIndex.length || !has.containsAll(task.outcomes())) {
            throw new IllegalArgumentException(origin + ": not a " + task.code() + " model: its outcomes are " + has
                    + ", expected " + task.outcomes());
        }
        for (int i = 0; i < outcomeIndex.length; i++) {
            outcomeIndex[i] = maxent.getIndex(task.outcomes().get(i));
        }
    }

    /** Reads a model file. */
    public static TaskModel read(Task task, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new TaskModel(task, new DoccatModel(in), file.toString());
        } catch (RuntimeException | opennlp.tools.util.InvalidFormatException e) {
            throw new IOException(file + ": not a valid " + task.code() + " model: " + e.getMessage(), e);
        }
    }

    /** Reads the model shipped in this module for the task. */
    public static TaskModel shipped(Task task) {
        String resource = MentionClassifier.SHIPPED_RESOURCES + task.fileName();
        try (InputStream in = TaskModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the shipped model " + resource + " is missing from the classpath");
            }
            return new TaskModel(task, new DoccatModel(in), "shipped " + task.code() + " model");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Task task() {
        return task;
    }

    /** Where the model came from: "shipped …" or its file. */
    public String origin() {
        return origin;
    }

    /** The OpenNLP model, e.g. to save it. */
    public DoccatModel model() {
        return model;
    }

    /** The probability of each of {@link Task#outcomes()}, in that order, given the post's features. */
    public double[] probabilities(String[] features) {
        double[] raw = maxent.eval(features);
        double[] out = new double[outcomeIndex.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = raw[outcomeIndex[i]];
        }
        return out;
    }

    /** The most probable outcome. */
    public String best(String[] features) {
        double[] p = probabilities(features);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return task.outcomes().get(best);
    }
}
