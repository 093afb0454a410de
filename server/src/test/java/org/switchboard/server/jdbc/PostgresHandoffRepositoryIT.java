package org.switchboard.server.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The handoff contract on a real PostgreSQL (zonky's embedded server, started once for the class). */
class PostgresHandoffRepositoryIT extends HandoffRepositoryContract {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path unusedDataDir;

    @Override
    Database open() {
        return POSTGRES.open(unusedDataDir);
    }
}
