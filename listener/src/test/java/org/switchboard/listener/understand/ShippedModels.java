package org.switchboard.listener.understand;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Trains the shipped models from the project's labelled posts ({@code scripts/train-listener-models.sh}).
 * {@code ShippedModelsTest} checks that doing it again reproduces the models' predictions.
 */
public final class ShippedModels {
    /** The project's labelled posts, relative to a module directory (tests) or the repository. */
    static final String LABELS = "config/listener/labels/mentions.csv";

    private ShippedModels() {
    }

    /** One model per task, trained with {@link ModelTrainer#STANDARD}. */
    static Map<Task, TaskModel> train(Path labels) throws IOException {
        TrainingSet set = TrainingSet.read(labels);
        Map<Task, TaskModel> models = new EnumMap<>(Task.class);
        for (Task t : Task.values()) {
            models.put(t, new TaskModel(t, ModelTrainer.STANDARD.train(t, set.forTask(t)), "trained " + t.code()));
        }
        return models;
    }

    /** Arguments: the labelled CSV and the resource directory to write {@code <task>.bin} into. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ShippedModels LABELS.csv RESOURCE_DIR");
            System.exit(64);
        }
        for (var e : train(Path.of(args[0])).entrySet()) {
            Path file = ModelFiles.save(Path.of(args[1]), e.getKey(), e.getValue().model());
            System.out.println("wrote " + file);
        }
    }
}
