package org.switchboard.server.triage;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.PostgresServer;

/** The triage webhook and its delivery log on a real PostgreSQL. */
class PostgresTriageWebhookIT extends TriageWebhookContract {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path unusedDataDir;

    @Override
    Database open() {
        return POSTGRES.openFresh(unusedDataDir);
    }
}
