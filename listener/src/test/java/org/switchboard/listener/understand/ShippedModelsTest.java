package org.switchboard.listener.understand;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped models are what {@code scripts/train-listener-models.sh} makes from the labelled posts. */
class ShippedModelsTest {
    private static final Path LABELS = Path.of("..").resolve(ShippedModels.LABELS);

    @Test
    void retrainingFromTheLabelsReproducesTheShippedPredictions() throws IOException {
        TrainingSet set = TrainingSet.read(LABELS);
        Map<Task, TaskModel> retrained = ShippedModels.train(LABELS);
        for (Task task : Task.values()) {
            TaskModel shipped = TaskModel.shipped(task);
            for (TrainingSet.Row row : set.posts()) {
                String[] features = PostFeatures.of(row.text(), row.language());
                assertArrayEquals(shipped.probabilities(features), retrained.get(task).probabilities(features), 1e-9,
                        () -> task.code() + " " + row.id() + ": run scripts/train-listener-models.sh");
            }
        }
    }

    @Test
    void theLabelledSetCoversEveryLanguageAndLabel() throws IOException {
        TrainingSet set = TrainingSet.read(LABELS);
        assertEquals(5, set.posts().stream().map(TrainingSet.Row::language).distinct().count());
        for (Task t : Task.values()) {
            assertEquals(t.outcomes().size(), set.forTask(t).stream().map(LabelledPost::outcome).distinct().count());
        }
    }
}
