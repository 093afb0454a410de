package org.switchboard.listener.understand;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import opennlp.tools.doccat.DoccatModel;

/**
 * The models directory ({@code DATA/listener/models}): one {@code <task>.bin} per retrained task.
 * A model is saved atomically (written to a temporary file in the same directory, forced to disk,
 * renamed over the old one, the directory forced), so a crash leaves the old model or the new one,
 * never half of one.
 */
public final class ModelFiles {
    /** Where retrained models live under the data directory. */
    public static final String DIRECTORY = "listener/models";

    private ModelFiles() {
    }

    /** The models directory under a data directory ({@code DATA/listener/models}). */
    public static Path directory(Path dataDir) {
        return dataDir.resolve(DIRECTORY);
    }

    /** The file of the task's model in the directory. */
    public static Path file(Path modelsDir, Task task) {
        return modelsDir.resolve(task.fileName());
    }

    /** Saves the task's model in the directory (created if needed), replacing any previous one; returns the file. */
    public static Path save(Path modelsDir, Task task, DoccatModel model) throws IOException {
        Files.createDirectories(modelsDir);
        Path target = file(modelsDir, task);
        Path temp = Files.createTempFile(modelsDir, task.code() + "-", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                model.serialize(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(modelsDir);
            return target;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The task's model: the directory's file when there is one, else the shipped model. */
    public static TaskModel load(Path modelsDir, Task task) throws IOException {
        Path file = file(modelsDir, task);
        return Files.isRegularFile(file) ? TaskModel.read(task, file) : TaskModel.shipped(task);
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a directory for syncing; the rename itself is still atomic.
        }
    }
}
