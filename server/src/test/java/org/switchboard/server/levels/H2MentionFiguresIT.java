package org.switchboard.server.levels;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/** Mention figures on the embedded H2 file. */
class H2MentionFiguresIT extends MentionFiguresContract {
    @TempDir
    Path dir;

    @Override
    Database open() {
        return Database.open(DatabaseConfig.embedded(), dir);
    }
}
