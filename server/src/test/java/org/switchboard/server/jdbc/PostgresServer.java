package org.switchboard.server.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real PostgreSQL for a test class (zonky's embedded server, started once for the class):
 * {@code @RegisterExtension static final PostgresServer POSTGRES = new PostgresServer();}, then
 * {@code POSTGRES.open(dir)} opens the {@link Database} on it, migrations included.
 */
public final class PostgresServer implements BeforeAllCallback, AfterAllCallback {
    private EmbeddedPostgres postgres;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // zonky waits 10 s for the server by default; a loaded CI machine can need more
        postgres = EmbeddedPostgres.builder().setPGStartupWait(java.time.Duration.ofSeconds(60)).start();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    /** A new, empty database on this server, for a test that needs a store of its own. */
    public Database openFresh(Path unusedDataDir) {
        String name = "t" + FRESH.incrementAndGet();
        try (java.sql.Connection c = postgres.getPostgresDatabase().getConnection();
             java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + name;
        return Database.open(DatabaseConfig.of(url, "postgres", null), unusedDataDir);
    }

    private static final java.util.concurrent.atomic.AtomicInteger FRESH = new java.util.concurrent.atomic.AtomicInteger();

    /** The database on this server; {@code unusedDataDir} only satisfies {@link Database#open}. */
    public Database open(Path unusedDataDir) {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        return Database.open(DatabaseConfig.of(url, "postgres", null), unusedDataDir);
    }
}
