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

    /** The database on this server; {@code unusedDataDir} only satisfies {@link Database#open}. */
    public Database open(Path unusedDataDir) {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        return Database.open(DatabaseConfig.of(url, "postgres", null), unusedDataDir);
    }
}
