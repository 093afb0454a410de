package org.switchboard.server.callback;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.PostgresServer;

/** The appointment-keeping contract on a real PostgreSQL (zonky's embedded server, started once for the class). */
class PostgresAppointmentsIT extends AppointmentsContract {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path unusedDataDir;

    @Override
    Database open() {
        return POSTGRES.open(unusedDataDir);
    }
}
