package org.switchboard.server.triage;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.PostgresServer;

/** The triage storage contract on a real PostgreSQL (zonky's embedded server, started once for the class). */
class PostgresTriageRepositoryIT extends TriageRepositoryContract {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path unusedDataDir;

    @Override
    Database open() {
        return POSTGRES.openFresh(unusedDataDir);
    }
}
