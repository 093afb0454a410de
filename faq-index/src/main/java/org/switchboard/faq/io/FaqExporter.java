package org.switchboard.faq.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import org.switchboard.faq.FaqEntry;

/**
 * Writes FAQ entries as native YAML or JSON, or as CSV, so that {@link FaqImporter} reads back
 * exactly the same entries.
 *
 * <pre>{@code
 * FaqExporter.write(index.entries(), FaqFormat.YAML, Path.of("backup/faq.yaml"));
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class FaqExporter {

    private FaqExporter() {
    }

    /**
     * Writes the entries to {@code out}, which is flushed but not closed.
     *
     * @throws IllegalArgumentException for {@link FaqFormat#MARKDOWN} and {@link FaqFormat#HTML},
     *                                  which are import-only, or for a value CSV cannot hold
     */
    public static void write(List<FaqEntry> entries, FaqFormat format, Writer out) throws IOException {
        Objects.requireNonNull(entries, "entries == null");
        Objects.requireNonNull(out, "out == null");
        switch (Objects.requireNonNull(format, "format == null")) {
            case YAML -> NativeWriter.yaml().write(entries, out);
            case JSON -> NativeWriter.json().write(entries, out);
            case CSV -> CsvWriter.write(entries, out);
            default -> throw new IllegalArgumentException("cannot export as " + format
                    + ": export writes YAML, JSON or CSV; " + format + " is import-only");
        }
    }

    /**
     * Writes the entries to {@code file} as UTF-8. The text goes to a temporary file in the same
     * directory, which then replaces {@code file} in one atomic move where the file system allows,
     * so readers never see half a file and a failure leaves the old file as it was.
     */
    public static void write(List<FaqEntry> entries, FaqFormat format, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                write(entries, format, out);
            }
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
