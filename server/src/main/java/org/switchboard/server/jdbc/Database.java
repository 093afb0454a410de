package org.switchboard.server.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
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

    private final HikariDataSource pool;
    private final GroupCheckpoint checkpoints;
    private final Transactions transactions;
    private final ConversationRepository conversations;
    private final HandoffRepository handoffs;
    /** Whether the database is Switchboard's own embedded file, which {@link #close} may compact. */
    private final boolean embeddedFile;

    private Database(HikariDataSource pool, boolean h2, boolean embeddedFile) {
        this.pool = pool;
        this.embeddedFile = embeddedFile;
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
        String url = config.jdbcUrl(dataDir);
        String where = config.isEmbedded() ? dataDir.resolve(DatabaseConfig.EMBEDDED_NAME + ".mv.db").toString()
                : DatabaseConfig.redact(url);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(config, url));
        } catch (RuntimeException e) {
            throw new StorageException(where + ": cannot connect: " + describe(e), e);
        }
        try {
            migrate(pool);
            return new Database(pool, isH2(url), config.isEmbedded());
        } catch (FlywayException e) {
            pool.close();
            throw new StorageException(where + ": cannot bring the schema up to date: " + e.getMessage(), e);
        } catch (RuntimeException | Error e) {
            pool.close();
            throw e;
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
        if (checkpoints != null) {
            checkpoints.close();
        }
        if (embeddedFile) {
            FileCompaction.closeCompacting(pool);
        }
        pool.close();
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
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_ALREADY_OPEN) {
            return "another process has it open (is another switchboard running on this data directory?)";
        }
        return root.getMessage();
    }
}
