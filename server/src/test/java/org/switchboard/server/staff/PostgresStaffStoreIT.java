package org.switchboard.server.staff;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.PostgresServer;

/** The staff store's contract on a real PostgreSQL (zonky's embedded server, once for the class). */
class PostgresStaffStoreIT extends StaffStoreContract {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path unusedDataDir;

    @Override
    Database open() {
        return POSTGRES.open(unusedDataDir);
    }
}
