package org.switchboard.server.editor.quality;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.PostgresServer;

/** Regression questions on a real PostgreSQL. */
class PostgresRegressionIT extends RegressionContract {
    @RegisterExtension
    static final PostgresServer POSTGRES = new PostgresServer();

    @TempDir
    Path unusedDataDir;

    @Override
    Database open() {
        return POSTGRES.openFresh(unusedDataDir);
    }
}
