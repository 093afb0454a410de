package org.switchboard.server.levels;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/** The conversation figures on the embedded H2 file. */
class H2ConversationFiguresIT extends ConversationFiguresContract {
    @TempDir
    Path dir;

    @Override
    Database open() {
        return Database.open(DatabaseConfig.embedded(), dir);
    }
}
