package org.switchboard.server.editor;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/** The editor's store and library on the embedded H2 file. */
class H2EditorStoreIT extends EditorStoreContract {
    @TempDir
    Path dir;

    @Override
    Database open() {
        return Database.open(DatabaseConfig.embedded(), dir);
    }
}
