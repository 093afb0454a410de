package org.switchboard.server.editor.quality;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/** Regression questions on the embedded H2 file. */
class H2RegressionIT extends RegressionContract {
    @TempDir
    Path dir;

    @Override
    Database open() {
        return Database.open(DatabaseConfig.embedded(), dir);
    }
}
