package org.switchboard.server.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.server.ConfigException;
import org.switchboard.server.ServerConfig;

/** The {@code database.*} keys and {@code SWITCHBOARD_DB_*} variables, and the URLs they make. */
class DatabaseConfigTest {
    static final String PG = "jdbc:postgresql://db.internal:5432/switchboard";

    @TempDir
    Path dir;

    @Test
    void theEmbeddedFileInTheDataDirectoryIsTheDefault() {
        DatabaseConfig database = ServerConfig.defaults().database();
        assertEquals(DatabaseConfig.embedded(), database);
        assertTrue(database.isEmbedded());
        assertEquals(10, database.poolSize());
        Path data = Path.of("/srv/switchboard/data");
        assertEquals("jdbc:h2:file:" + data.resolve("switchboard") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + ";DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_ON_EXIT=FALSE;AUTO_COMPACT_FILL_RATE=50",
                database.jdbcUrl(data));
    }

    @Test
    void aRelativeDataDirectoryBecomesAnAbsoluteFile() {
        String url = DatabaseConfig.embedded().jdbcUrl(Path.of("data"));
        assertTrue(url.startsWith("jdbc:h2:file:" + Path.of("data").toAbsolutePath().resolve("switchboard") + ";"), url);
    }

    @Test
    void readsTheDatabaseKeys() throws IOException {
        ServerConfig c = read("database:\n  url: " + PG + "\n  user: support\n  pool_size: 4\n");
        assertEquals(new DatabaseConfig(PG, "support", null, 4), c.database());
        assertFalse(c.database().isEmbedded());
        assertEquals(PG, c.database().jdbcUrl(dir));
    }

    @Test
    void thePasswordComesOnlyFromTheEnvironment() throws IOException {
        Path file = write("database:\n  url: " + PG + "\n  user: support\n");
        ServerConfig c = ServerConfig.load(Map.of(ServerConfig.ENV_CONFIG, file.toString(),
                DatabaseConfig.ENV_PASSWORD, "s3cret"));
        assertEquals("s3cret", c.database().password());
        assertFalse(c.toString().contains("s3cret"), c.toString());
        assertTrue(c.database().toString().contains("password=(set)"), c.database().toString());
    }

    @Test
    void aPasswordInTheFilesUrlIsRejectedNamingTheVariable() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> read("database:\n  url: " + PG + "?user=a&password=b\n"));
        assertTrue(e.getMessage().endsWith("database.url: must not hold a password; set SWITCHBOARD_DB_PASSWORD instead"),
                e.getMessage());
    }

    @Test
    void theEnvironmentOverridesUrlAndUser() throws IOException {
        Path file = write("database:\n  url: " + PG + "\n  user: from-file\n  pool_size: 3\n");
        ServerConfig c = ServerConfig.load(Map.of(ServerConfig.ENV_CONFIG, file.toString(),
                DatabaseConfig.ENV_URL, "jdbc:postgresql://other:5432/sb", DatabaseConfig.ENV_USER, "from-env"));
        assertEquals(new DatabaseConfig("jdbc:postgresql://other:5432/sb", "from-env", null, 3), c.database());
    }

    @Test
    void rejectsWhatCannotWorkNamingTheKeyOrVariable() {
        assertMessageEnds("database.url: url must start with jdbc:postgresql: or jdbc:h2:, got 'mysql://x/y'",
                "database:\n  url: mysql://x/y\n");
        assertMessageEnds("database.pool_size: pool size must be 1..100: 0", "database:\n  pool_size: 0\n");
        assertMessageEnds("database.pool_size: expected a whole number, got 'many'", "database:\n  pool_size: many\n");
        assertTrue(assertThrows(ConfigException.class, () -> read("database:\n  password: x\n"))
                .getMessage().contains("unknown key 'database.password'"));
        ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.defaults()
                .withEnvironment(Map.of(DatabaseConfig.ENV_URL, "postgres://x")));
        assertEquals("SWITCHBOARD_DB_URL: url must start with jdbc:postgresql: or jdbc:h2:, got 'postgres://x'",
                e.getMessage());
    }

    @Test
    void passwordsInUrlsAreHiddenFromMessages() {
        ConfigException e = assertThrows(ConfigException.class, () -> ServerConfig.defaults()
                .withEnvironment(Map.of(DatabaseConfig.ENV_URL, "postgres://x?user=a&password=s3cret")));
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        DatabaseConfig c = DatabaseConfig.of(PG + "?user=a&password=s3cret&ssl=true", null, null);
        assertTrue(c.toString().contains("password=(hidden)&ssl=true"), c.toString());
    }

    @Test
    void aDataDirectoryWithASemicolonCannotHoldTheEmbeddedFile() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseConfig.embedded().jdbcUrl(Path.of("/tmp/a;b")));
    }

    private void assertMessageEnds(String end, String yaml) {
        ConfigException e = assertThrows(ConfigException.class, () -> read(yaml));
        assertTrue(e.getMessage().endsWith(end), e.getMessage());
    }

    private ServerConfig read(String yaml) throws IOException {
        return ServerConfig.read(write(yaml));
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("switchboard.yaml"), yaml);
    }
}
