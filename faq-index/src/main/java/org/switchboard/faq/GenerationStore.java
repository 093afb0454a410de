package org.switchboard.faq;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index's directory ({@code DATA/faq}): numbered generation directories and a {@code CURRENT}
 * file naming the one being served. A new generation is built in {@code gen-N.tmp}, renamed to
 * {@code gen-N} when complete, and only then published by atomically replacing {@code CURRENT};
 * a crash at any point leaves {@code CURRENT} naming the previous, complete generation, and
 * leftovers are removed at the next open.
 */
final class GenerationStore {
    private static final String CURRENT = "CURRENT";
    private static final String PREFIX = "gen-";
    private final Path root;

    GenerationStore(Path root) throws IOException {
        this.root = Files.createDirectories(root);
    }

    Path root() {
        return root;
    }

    /** The generation being served, if any. */
    /** When the generation now current was published ({@code CURRENT} last replaced), if any. */
    Optional<java.time.Instant> publishedAt() throws IOException {
        Path file = root.resolve(CURRENT);
        return Files.exists(file) ? Optional.of(Files.getLastModifiedTime(file).toInstant()) : Optional.empty();
    }

    Optional<Path> current() throws IOException {
        Path file = root.resolve(CURRENT);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String name = Files.readString(file, StandardCharsets.UTF_8).strip();
        Path dir = root.resolve(name);
        if (!name.startsWith(PREFIX) || !Files.isDirectory(dir)) {
            throw new FaqIndexException(file + " names '" + name + "', which is not a generation directory");
        }
        return Optional.of(dir);
    }

    /** A fresh, empty directory to build the next generation in. */
    Path startBuilding() throws IOException {
        long next = generations().mapToLong(GenerationStore::number).max().orElse(0) + 1;
        Path dir = root.resolve(String.format("%s%06d.tmp", PREFIX, next));
        deleteTree(dir);
        return Files.createDirectories(dir);
    }

    /** Renames a complete build to its final name and makes it current. */
    Path publish(Path building) throws IOException {
        String name = building.getFileName().toString().replace(".tmp", "");
        Path done = root.resolve(name);
        Files.move(building, done, StandardCopyOption.ATOMIC_MOVE);
        DurableFiles.sync(root);
        DurableFiles.replace(root.resolve(CURRENT), name + "\n");
        return done;
    }

    /** Deletes every generation directory (finished or not) except {@code keep}, and a half-written CURRENT. */
    void removeAllExcept(Optional<Path> keep) throws IOException {
        Files.deleteIfExists(root.resolve(CURRENT + ".tmp"));
        for (Path p : generations().toList()) {
            if (keep.isEmpty() || !p.equals(keep.get())) {
                deleteTree(p);
            }
        }
    }

    /**
     * Excludes other processes (and other indexes of this process) from building in this
     * directory until the returned lock is closed; fails at once if one is building.
     */
    WriteLock lock() throws IOException {
        FileChannel ch = FileChannel.open(root.resolve("write.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = ch.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this JVM holds it: another FaqIndex on the same directory is rebuilding
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        if (lock == null) {
            ch.close();
            throw new FaqIndexException("another process is rebuilding the FAQ index in " + root);
        }
        return new WriteLock(ch, lock);
    }

    /** A held write lock; closing it releases the lock and its file. */
    record WriteLock(FileChannel channel, FileLock lock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    private Stream<Path> generations() throws IOException {
        try (Stream<Path> s = Files.list(root)) {
            List<Path> list = s.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p)).toList();
            return list.stream();
        }
    }

    private static long number(Path p) {
        String digits = p.getFileName().toString().substring(PREFIX.length()).replace(".tmp", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
