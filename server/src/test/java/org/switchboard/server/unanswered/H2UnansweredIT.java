package org.switchboard.server.unanswered;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/** Unanswered questions on the embedded H2 file. */
class H2UnansweredIT extends UnansweredContract {
    @TempDir
    Path dir;

    @Override
    Database open() {
        return Database.open(DatabaseConfig.embedded(), dir);
    }
}
