package org.switchboard.server.staff;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/** The staff store's contract on a real PostgreSQL (zonky's embedded server, once for the class). */
class PostgresStaffStoreIT extends StaffStoreContract {
    static EmbeddedPostgres postgres;

    @TempDir
    Path unusedDataDir;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    Database open() {
        String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
        return Database.open(DatabaseConfig.of(url, "postgres", null), unusedDataDir);
    }
}
