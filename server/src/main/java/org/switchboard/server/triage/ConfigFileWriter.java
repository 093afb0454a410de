package org.switchboard.server.triage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Replaces a configuration file so that a crash leaves either the old or the new text, never
 * half of one: the new text goes to a temporary file beside it, is forced to disk, the old file
 * is copied to {@code <name>.bak}, and the temporary file is renamed over the old one.
 */
final class ConfigFileWriter {
    private ConfigFileWriter() {
    }

    /** The file's text, or "" when it does not exist. */
    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** A temporary file beside {@code file} holding {@code text}, forced to disk. The caller deletes or moves it. */
    static Path temporary(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
            keepPermissions(file, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Gives {@code tmp} the permissions of {@code file} (rw-r--r-- for a new one), where the file system has POSIX permissions. */
    private static void keepPermissions(Path file, Path tmp) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(file) ? Files.getPosixFilePermissions(file)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    /** Keeps the current {@code file} as {@code file.bak} and renames {@code tmp} over it. */
    static void install(Path tmp, Path file) {
        try {
            if (Files.exists(file)) {
                Path bak = file.resolveSibling(file.getFileName() + ".bak");
                Files.copy(file, bak, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel dir = FileChannel.open(file.toAbsolutePath().getParent(), StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException e) {
                // not every file system lets a directory be forced; the rename is still atomic
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot replace: " + e.getMessage(), e);
        }
    }

    /** Deletes a temporary file, quietly. */
    static void discard(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // a stray temporary file is harmless
        }
    }
}
