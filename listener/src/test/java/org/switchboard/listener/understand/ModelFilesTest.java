package org.switchboard.listener.understand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.Language;

class ModelFilesTest {
    @TempDir
    Path dir;

    /** A complaint model that calls everything about cats a complaint. */
    private static TaskModel catModel() {
        List<LabelledPost> posts = List.of(
                new LabelledPost("1", "cats cats", "complaint", Language.ENGLISH),
                new LabelledPost("2", "my cat", "complaint", Language.ENGLISH),
                new LabelledPost("3", "dogs", "not_complaint", Language.ENGLISH),
                new LabelledPost("4", "a dog", "not_complaint", Language.ENGLISH));
        return new TaskModel(Task.COMPLAINT, ModelTrainer.STANDARD.train(Task.COMPLAINT, posts), "cats");
    }

    @Test
    void aSavedModelWinsOverTheShippedOneForItsTaskOnly() throws IOException {
        Path models = dir.resolve("listener/models");
        Path file = ModelFiles.save(models, Task.COMPLAINT, catModel().model());
        assertEquals(models.resolve("complaint.bin"), file);
        try (Stream<Path> files = Files.list(models)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
        MentionClassifier classifier = MentionClassifier.load(models);
        assertEquals(file.toString(), classifier.model(Task.COMPLAINT).origin());
        assertEquals("shipped sentiment model", classifier.model(Task.SENTIMENT).origin());
        assertTrue(classifier.classify("cats", Language.ENGLISH).complaint());
        assertTrue(!MentionClassifier.loadDefault().classify("cats", Language.ENGLISH).complaint());
    }

    @Test
    void anEmptyOrMissingDirectoryMeansTheShippedModels() {
        MentionClassifier classifier = MentionClassifier.load(dir.resolve("nothing-here"));
        for (Task t : Task.values()) {
            assertEquals("shipped " + t.code() + " model", classifier.model(t).origin());
        }
    }

    @Test
    void savingAgainReplacesTheModel() throws IOException {
        ModelFiles.save(dir, Task.COMPLAINT, catModel().model());
        ModelFiles.save(dir, Task.COMPLAINT, TaskModel.shipped(Task.COMPLAINT).model());
        assertTrue(!MentionClassifier.load(dir).classify("cats", Language.ENGLISH).complaint());
    }

    @Test
    void aModelOfAnotherTaskOrAnotherKindIsRefused() throws IOException {
        Files.copy(ModelFiles.file(saveCats(), Task.COMPLAINT), dir.resolve("sentiment.bin"));
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> MentionClassifier.load(dir));
        assertTrue(e.getMessage().contains("sentiment.bin: not a valid sentiment model"), e.getMessage());
        Files.delete(dir.resolve("sentiment.bin"));
        Files.writeString(dir.resolve("question.bin"), "not a zip");
        e = assertThrows(UncheckedIOException.class, () -> MentionClassifier.load(dir));
        assertTrue(e.getMessage().contains("question.bin"), e.getMessage());
    }

    private Path saveCats() throws IOException {
        Path other = dir.resolve("other");
        ModelFiles.save(other, Task.COMPLAINT, catModel().model());
        return other;
    }
}
