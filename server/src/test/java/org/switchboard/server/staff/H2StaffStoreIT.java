package org.switchboard.server.staff;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.jdbc.Database;
import org.switchboard.server.jdbc.DatabaseConfig;

/**
 * The staff store's contract on the embedded H2 file: one file for the class (emptied before
 * each test), so that only the first test pays for creating it and running the migrations.
 */
class H2StaffStoreIT extends StaffStoreContract {
    @TempDir
    static Path dir;

    @Override
    Database open() {
        return Database.open(DatabaseConfig.embedded(), dir);
    }
}
