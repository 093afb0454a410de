package org.switchboard.server.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Switchboard's database: the embedded H2 file {@code DATA/switchboard.mv.db} by default, or a
 * PostgreSQL server. {@link #open} connects a small HikariCP pool and brings the schema up to
 * date with the Flyway migrations in {@code db/migration} (the same files on both databases);
 * the repositories then share the pool.
 *
 * <pre>{@code
 * try (Database db = Database.open(config.database(), config.dataDir())) {
 *     ConversationRepository conversations = db.conversations();
 *     ...
 * }
 * }</pre>
 *
 * <p>Thread-safe; open one per process and close it last, after everything that writes. Several
 * nodes may open one PostgreSQL database at once (Flyway serialises their migrations); the H2
 * file belongs to one process at a time.
 */
public final class Database implements AutoCloseable {
    private static final String MIGRATIONS = "classpath:db/migration";
    /** H2's error code for a database file locked by another process. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    private static final Object EMBEDDED_OPENING = new Object();
    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final HikariDataSource pool;
    private final GroupCheckpoint checkpoints;
    private final Transactions transactions;
    private final ConversationRepository conversations;
    private final HandoffRepository handoffs;
    /**
     * Where Switchboard's own embedded file is, which {@link #close} may compact and marks closed
     * ({@link CrashRecovery}); null for a database named by a URL.
     */
    private final Path embeddedDir;
    private final AtomicBoolean closed = new AtomicBoolean();

    private Database(HikariDataSource pool, boolean h2, Path embeddedDir) {
        this.pool = pool;
        this.embeddedDir = embeddedDir;
        this.checkpoints = h2 ? GroupCheckpoint.h2(pool) : GroupCheckpoint.postgres(pool);
        this.transactions = new Transactions(pool, checkpoints);
        this.conversations = new ConversationRepository(transactions, Clock.systemUTC(), new SecureRandom());
        this.handoffs = new HandoffRepository(transactions, Clock.systemUTC());
    }

    /**
     * Connects and migrates. For the embedded file, creates {@code dataDir} when missing.
     *
     * @param dataDir where the embedded H2 file lives; ignored when {@code config} names a URL
     * @throws StorageException naming the database when it cannot be reached or migrated
     */
    public static Database open(DatabaseConfig config, Path dataDir) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(dataDir, "dataDir");
        if (!config.isEmbedded()) {
            return connect(config, dataDir);
        }
        // one at a time: whether the file needs rebuilding depends on whether this process has it open
        synchronized (EMBEDDED_OPENING) {
            return connect(config, dataDir);
        }
    }

    /**
     * Whether {@link #open} would create the database: an embedded file that is not there yet,
     * with no crash marker beside it (a rebuild that was killed between its two moves leaves no
     * file but the marker). A database created by {@code open} has no rows; a caller may act on
     * that before it has opened it, as {@code serve} starts loading the demo corpus.
     */
    public static boolean wouldCreate(DatabaseConfig config, Path dataDir) {
        return config.isEmbedded() && !Files.exists(dataDir.resolve(DatabaseConfig.EMBEDDED_FILE))
                && !Files.exists(dataDir.resolve(CrashRecovery.MARKER));
    }

    private static Database connect(DatabaseConfig config, Path dataDir) {
        String url = config.jdbcUrl(dataDir);
        String where = config.isEmbedded() ? dataDir.resolve(DatabaseConfig.EMBEDDED_FILE).toString()
                : DatabaseConfig.redact(url);
        boolean rebuilt = false;
        long rebuildStart = System.nanoTime();
        if (config.isEmbedded() && CrashRecovery.needed(dataDir)) {
            try {
                rebuilt = CrashRecovery.rebuild(dataDir);
            } catch (StorageException e) {
                if (anotherProcessHasIt(e)) {
                    throw new StorageException(where + ": cannot connect: " + describe(e), e);
                }
                throw e;
            }
        }
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(config, url));
        } catch (RuntimeException e) {
            throw new StorageException(where + ": cannot connect: " + describe(e), e);
        }
        try {
            if (config.isEmbedded()) {
                CrashRecovery.markOpen(dataDir); // from here until a clean close, a kill leaves the marker
            }
            migrate(pool);
            if (rebuilt) {
                int corrected = correctCounters(pool);
                LOG.log(System.Logger.Level.WARNING, "{0}: the last process using it did not close it (it was killed or"
                        + " crashed); rebuilt it from what it had stored in {1} ms, corrected the event counter of {2}"
                        + " conversation(s), and kept the file as it was in {3}", where,
                        (System.nanoTime() - rebuildStart) / 1_000_000, corrected, CrashRecovery.KEPT_NAME);
            }
            return new Database(pool, isH2(url), config.isEmbedded() ? dataDir : null);
        } catch (FlywayException e) {
            closeOnFailure(pool, config, dataDir);
            throw new StorageException(where + ": cannot bring the schema up to date: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            closeOnFailure(pool, config, dataDir);
            throw e;
        }
    }

    private static void closeOnFailure(HikariDataSource pool, DatabaseConfig config, Path dataDir) {
        pool.close();
        if (config.isEmbedded()) {
            CrashRecovery.markClosed(dataDir);
        }
    }

    /** The conversations and their event logs. */
    public ConversationRepository conversations() {
        return conversations;
    }

    /** Requests for a person: the agents' queue and the pick-up times. */
    public HandoffRepository handoffs() {
        return handoffs;
    }

    /** The pool, for tests. */
    DataSource dataSource() {
        return pool;
    }

    /** How repositories run their transactions; repositories outside this package start from here. */
    public Transactions transactions() {
        return transactions;
    }

    /**
     * Confirms what waits to be confirmed stored, then closes the pool; with the embedded file,
     * that closes the database cleanly, giving back the file's free space when it is most of it
     * ({@link FileCompaction}; never for a database named by a URL, which may have other users).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (checkpoints != null) {
            checkpoints.close();
        }
        if (embeddedDir != null) {
            FileCompaction.closeCompacting(pool);
        }
        pool.close();
        if (embeddedDir != null) {
            CrashRecovery.markClosed(embeddedDir);
        }
    }

    /**
     * After a rebuild: corrects the conversations' counters ({@link ConversationRows#correctLastSequences})
     * and writes the correction to the file; returns how many it changed.
     */
    private static int correctCounters(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement checkpoint = c.createStatement()) {
            int changed = ConversationRows.correctLastSequences(c);
            c.commit();
            checkpoint.execute("CHECKPOINT");
            return changed;
        } catch (SQLException e) {
            throw new StorageException("correct the conversations' event counters after a rebuild: " + e.getMessage(), e);
        }
    }

    private static HikariConfig poolConfig(DatabaseConfig config, String url) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("switchboard-db");
        hikari.setJdbcUrl(url);
        // named, so that the driver is found by class rather than through DriverManager's registry
        hikari.setDriverClassName(isH2(url) ? "org.h2.Driver" : "org.postgresql.Driver");
        if (!config.isEmbedded()) {
            hikari.setUsername(config.user());
            hikari.setPassword(config.password());
        }
        if (!isH2(url)) {
            // Commits are made durable in groups (GroupCheckpoint.postgres), not one fsync each.
            hikari.setConnectionInitSql("SET synchronous_commit TO off");
        }
        hikari.setMaximumPoolSize(config.poolSize());
        hikari.setMinimumIdle(Math.min(2, config.poolSize()));
        hikari.setAutoCommit(false);
        hikari.setConnectionTimeout(10_000);
        return hikari;
    }

    private static boolean isH2(String url) {
        return url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure(Database.class.getClassLoader())
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    /** The root cause's message, with a hint when another process holds the H2 file. */
    private static String describe(Throwable e) {
        if (anotherProcessHasIt(e)) {
            return "another process has it open (is another switchboard running on this data directory?)";
        }
        return root(e).getMessage();
    }

    private static boolean anotherProcessHasIt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
                return true;
            }
        }
        return false;
    }

    private static Throwable root(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }
}
