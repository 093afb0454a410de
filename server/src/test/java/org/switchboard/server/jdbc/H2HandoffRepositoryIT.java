package org.switchboard.server.jdbc;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The handoff contract on the embedded H2 file. */
class H2HandoffRepositoryIT extends HandoffRepositoryContract {
    @TempDir
    Path dir;

    @Override
    Database open() {
        return Database.open(DatabaseConfig.embedded(), dir);
    }
}
