package org.switchboard.server.jdbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.io.FileUtils;

/**
 * Rebuilds the embedded H2 file when the process that last had it open died without closing it
 * (killed, out of memory, the machine stopped), before anything else opens it.
 *
 * <p>Why: H2 2.5 can leave a transaction that was committing when the process died half-applied
 * in the file: marked committed, its changes never applied and the transaction never closed
 * (its recovery skips the work for a transaction already marked committed). The rows it wrote
 * then read as they were before it, and any later write to one of them waits for it for ever,
 * spinning a core. A loop killing a process that appended to one conversation from 16 threads
 * found, after 6 of its first 87 kills, the conversation's {@code last_sequence} out of step with
 * its events (behind them, every later append broke the primary key); once, the first append after
 * the restart never returned. A per-conversation lock in the process did not help: what matters
 * is what is committing while H2 writes the file. docs/storage.md has the figures.
 *
 * <p>The rebuild reads everything the database shows ({@code SCRIPT}, H2's export as SQL), which
 * is everything committed and whole, and loads it into a new file ({@code RUNSCRIPT}), where no
 * transaction is left over; the new file then replaces the old one, which is kept beside it as
 * {@value #KEPT_NAME} until the next rebuild. {@link Database#open} then sets each conversation's
 * counter to its last stored event. Every step is safe to repeat: killed during a rebuild, the next
 * start rebuilds again from the old file, or finishes the swap when only that was left.
 *
 * <p>Whether the last process closed the file is told by a marker file, {@value #MARKER}, that
 * {@link Database} creates once it has the database open and deletes once it has closed it.
 */
final class CrashRecovery {
    /** Present while a process has the database open. */
    static final String MARKER = "switchboard.open";
    /** The file as it was before the last rebuild. */
    static final String KEPT_NAME = DatabaseConfig.EMBEDDED_NAME + ".unclean.mv.db";
    /** Where a rebuild makes the new file. */
    static final String WORK_DIR = "recovery";
    /**
     * How many {@link Database}s of this process have each data directory open: H2 shares one
     * open file between them, so the marker goes with the last, and a directory this process has
     * open is never rebuilt under it.
     */
    private static final Map<Path, Integer> OPEN_HERE = new HashMap<>();

    private CrashRecovery() {
    }

    /** Whether the process that last opened the database in {@code dataDir} did not close it. */
    static boolean needed(Path dataDir) {
        synchronized (OPEN_HERE) {
            return !OPEN_HERE.containsKey(key(dataDir)) && Files.exists(dataDir.resolve(MARKER));
        }
    }

    /** After the database has opened: a process has it now. */
    static void markOpen(Path dataDir) {
        synchronized (OPEN_HERE) {
            OPEN_HERE.merge(key(dataDir), 1, Integer::sum);
        }
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(dataDir.resolve(MARKER))) {
                Files.writeString(dataDir.resolve(MARKER),
                        "Switchboard has " + DatabaseConfig.EMBEDDED_FILE + " open; this file goes when it closes it.\n");
            }
        } catch (IOException e) {
            throw new StorageException(dataDir.resolve(MARKER) + ": cannot create: " + e.getMessage(), e);
        }
    }

    /** After the database has closed cleanly. */
    static void markClosed(Path dataDir) {
        synchronized (OPEN_HERE) {
            if (OPEN_HERE.merge(key(dataDir), -1, Integer::sum) > 0) {
                return;
            }
            OPEN_HERE.remove(key(dataDir));
        }
        try {
            Files.deleteIfExists(dataDir.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rebuilds the database file of {@code dataDir} from what it holds; returns false when there
     * is no file to rebuild (the last process died before creating it).
     *
     * @throws StorageException when the file cannot be read or the new one written; the old file is then untouched
     */
    static boolean rebuild(Path dataDir) {
        Path file = dataDir.resolve(DatabaseConfig.EMBEDDED_FILE);
        Path work = dataDir.resolve(WORK_DIR);
        Path rebuilt = work.resolve(DatabaseConfig.EMBEDDED_FILE);
        try {
            if (!Files.exists(file)) {
                if (!Files.exists(rebuilt)) {
                    return false;
                }
                // killed between setting the old file aside and moving the new one in
                Files.move(rebuilt, file, StandardCopyOption.ATOMIC_MOVE);
                FileUtils.deleteDirectory(work.toFile());
                return true;
            }
            Path script = work.resolve("export.sql.gz");
            // opened first: when another process has the file, this fails and nothing is touched
            try (Connection old = DriverManager.getConnection(DatabaseConfig.embedded().jdbcUrl(dataDir), "", "");
                 Statement s = old.createStatement()) {
                FileUtils.deleteDirectory(work.toFile());
                Files.createDirectories(work);
                s.execute("SCRIPT TO " + quote(script) + " COMPRESSION GZIP");
            }
            try (Connection fresh = DriverManager.getConnection(DatabaseConfig.embedded().jdbcUrl(work), "", "");
                 Statement s = fresh.createStatement()) {
                s.execute("RUNSCRIPT FROM " + quote(script) + " COMPRESSION GZIP");
            }
            Files.delete(script);
            Files.move(file, dataDir.resolve(KEPT_NAME), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Files.move(rebuilt, file, StandardCopyOption.ATOMIC_MOVE);
            FileUtils.deleteDirectory(work.toFile());
            return true;
        } catch (SQLException | IOException e) {
            // an IOException's message alone is often just a path
            throw new StorageException(file + ": the last process using it did not close it, and rebuilding it failed: "
                    + (e instanceof SQLException ? e.getMessage() : e.toString()), e);
        }
    }

    private static Path key(Path dataDir) {
        return dataDir.toAbsolutePath().normalize();
    }

    private static String quote(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
