package org.switchboard.server.jdbc;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Which database Switchboard stores its state in: the embedded H2 file {@code DATA/switchboard.mv.db}
 * when {@code url} is null (the default), else the database the JDBC {@code url} names.
 *
 * <pre>{@code
 * DatabaseConfig embedded = DatabaseConfig.embedded();
 * DatabaseConfig server = DatabaseConfig.of("jdbc:postgresql://db:5432/switchboard", "switchboard",
 *         System.getenv(DatabaseConfig.ENV_PASSWORD));
 * }</pre>
 *
 * @param url      a {@code jdbc:postgresql:} or {@code jdbc:h2:} URL, or null for the embedded file
 * @param user     the user to connect as, or null for the driver's default; ignored for the embedded file
 * @param password the password, or null for none; comes from {@code SWITCHBOARD_DB_PASSWORD} only,
 *                 never from a file. Ignored for the embedded file. {@link #toString()} hides it.
 * @param poolSize how many connections the pool holds at most (1..100)
 */
public record DatabaseConfig(String url, String user, String password, int poolSize) {
    public static final int DEFAULT_POOL_SIZE = 10;
    public static final String ENV_URL = "SWITCHBOARD_DB_URL";
    public static final String ENV_USER = "SWITCHBOARD_DB_USER";
    public static final String ENV_PASSWORD = "SWITCHBOARD_DB_PASSWORD";

    /** The embedded database's file name in the data directory, without H2's {@code .mv.db}. */
    static final String EMBEDDED_NAME = "switchboard";

    /** The embedded database's file in the data directory: {@link #EMBEDDED_NAME} and H2's {@code .mv.db}. */
    static final String EMBEDDED_FILE = EMBEDDED_NAME + ".mv.db";

    /**
     * Options of the embedded H2 URL. PostgreSQL mode and lower-case names so that one set of
     * migrations and queries serves both databases; {@code LOCK_TIMEOUT} lets appends to one busy
     * conversation queue up for longer than H2's default second; {@code DB_CLOSE_ON_EXIT=FALSE}
     * leaves closing to {@link Database#close()}, after in-flight appends, rather than to H2's
     * shutdown hook; {@code AUTO_COMPACT_FILL_RATE=50} lets H2 rewrite its file's chunks only once
     * they are less than half full, instead of 90% (its default): conversations append to many
     * pages at once, so at 90% the background compaction kept rewriting the whole file's chunks
     * and, on a store grown by a few hundred thousand turns, took the paced run's p99 from
     * 15–20 ms to 76–86 ms (docs/storage.md); what that costs at close, {@link FileCompaction}
     * makes up for. (Durability of each write is {@link Transactions}' job.)
     */
    static final String EMBEDDED_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;AUTO_COMPACT_FILL_RATE=50";

    public DatabaseConfig {
        if (url != null) {
            String lower = url.strip().toLowerCase(Locale.ROOT);
            if (!lower.startsWith("jdbc:postgresql:") && !lower.startsWith("jdbc:h2:")) {
                throw new IllegalArgumentException(
                        "url must start with jdbc:postgresql: or jdbc:h2:, got '" + redact(url) + "'");
            }
            url = url.strip();
        }
        if (poolSize < 1 || poolSize > 100) {
            throw new IllegalArgumentException("pool size must be 1..100: " + poolSize);
        }
    }

    /** The default: the H2 file in the data directory, {@value #DEFAULT_POOL_SIZE} connections. */
    public static DatabaseConfig embedded() {
        return new DatabaseConfig(null, null, null, DEFAULT_POOL_SIZE);
    }

    /** A database server (or another H2 URL) with the default pool size. */
    public static DatabaseConfig of(String url, String user, String password) {
        return new DatabaseConfig(Objects.requireNonNull(url, "url"), user, password, DEFAULT_POOL_SIZE);
    }

    /** True when this names the embedded H2 file rather than a URL. */
    public boolean isEmbedded() {
        return url == null;
    }

    /** The JDBC URL to connect to: {@link #url()}, or for the embedded file its URL in {@code dataDir}. */
    public String jdbcUrl(Path dataDir) {
        if (url != null) {
            return url;
        }
        String file = dataDir.toAbsolutePath().normalize().resolve(EMBEDDED_NAME).toString();
        if (file.contains(";")) {
            throw new IllegalArgumentException("the data directory's path may not contain ';': " + dataDir);
        }
        return "jdbc:h2:file:" + file + EMBEDDED_OPTIONS;
    }

    public DatabaseConfig withUrl(String newUrl) {
        return new DatabaseConfig(newUrl, user, password, poolSize);
    }

    public DatabaseConfig withUser(String newUser) {
        return new DatabaseConfig(url, newUser, password, poolSize);
    }

    public DatabaseConfig withPassword(String newPassword) {
        return new DatabaseConfig(url, user, newPassword, poolSize);
    }

    /** {@code url} with the value of any {@code password=} parameter hidden, for messages and logs. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1(hidden)");
    }

    @Override
    public String toString() {
        return "DatabaseConfig[url=" + (url == null ? "(embedded H2 file)" : redact(url)) + ", user=" + user
                + ", password=" + (password == null ? "(none)" : "(set)") + ", poolSize=" + poolSize + "]";
    }
}
