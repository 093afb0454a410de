package org.switchboard.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.Language;
import org.switchboard.faq.Thresholds;
import org.switchboard.server.chat.ChatConfig;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.staff.StaffConfig;
import org.switchboard.server.staff.ThrottleConfig;

class ServerConfigTest {
    /** The repository's config/switchboard.yaml, seen from the server module's directory. */
    static final Path SHIPPED = Path.of("..", "config", "switchboard.yaml");

    @TempDir
    Path dir;

    @Test
    void shippedFileHoldsExactlyTheDefaults() {
        assertEquals(ServerConfig.defaults(), ServerConfig.read(SHIPPED));
    }

    @Test
    void configReadmeDocumentsEveryKey() throws IOException {
        String readme = Files.readString(Path.of("..", "config", "README.md"));
        for (String key : ConfigFile.KEYS) {
            assertTrue(readme.contains("`" + key + "`"), "config/README.md does not document " + key);
        }
    }

    @Test
    void readsEveryKey() {
        ServerConfig c = parse("""
                data_dir: /srv/switchboard
                faq:
                  default_language: vi
                  thresholds: {answer: 0.5, options: 0.6, option_floor: 0.1, temperature: 2,
                               calibration_slope: 1.5, calibration_intercept: -0.25}
                  max_options: 4
                server:
                  port: 9090
                database:
                  url: jdbc:postgresql://db:5432/switchboard
                  user: support
                  pool_size: 4
                bot:
                  name: Mai
                chat:
                  idle_timeout_seconds: 600
                  rate_limit: {per_connection: 5, per_address: 50}
                """);
        assertEquals(new ServerConfig(Path.of("/srv/switchboard"),
                new FaqIndexConfig(Language.VIETNAMESE, new Thresholds(0.5, 0.6, 0.1, 2.0, 1.5, -0.25), 4), 9090,
                new DatabaseConfig("jdbc:postgresql://db:5432/switchboard", "support", null, 4),
                new ChatConfig("Mai", Duration.ofMinutes(10), 5, 50)), c);
    }

    @Test
    void rejectsChatSettingsOutOfRangeNamingTheKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("chat:\n  rate_limit:\n    per_address: 0\n"));
        assertEquals("test.yaml: chat.rate_limit.per_address: must be 1..100000, got 0", e.getMessage());
        e = assertThrows(ConfigException.class, () -> parse("bot:\n  name: \"" + "x".repeat(41) + "\"\n"));
        assertTrue(e.getMessage().startsWith("test.yaml: bot.name: must be 1 to 40 characters"), e.getMessage());
        e = assertThrows(ConfigException.class, () -> parse("chat:\n  idle_timeout_seconds: 1.5\n"));
        assertTrue(e.getMessage().startsWith("test.yaml: chat.idle_timeout_seconds: expected a whole number"), e.getMessage());
    }

    @Test
    void readsTheStaffKeys() {
        ServerConfig c = parse("""
                server: {trusted_proxy: true}
                staff:
                  session_idle_minutes: 30
                  session_max_hours: 10
                  secure_cookies: always
                  login_throttle: {account_failures: 4, address_failures: 50, max_delay_seconds: 600}
                """);
        assertEquals(new StaffConfig(Duration.ofMinutes(30), Duration.ofHours(10), StaffConfig.SecureCookies.ALWAYS, true,
                new ThrottleConfig(4, 50, Duration.ofSeconds(1), Duration.ofMinutes(10), Duration.ofHours(1))), c.staff());
        assertEquals(StaffConfig.defaults(), ServerConfig.defaults().staff());
        assertEquals(Duration.ofHours(2), parse("staff: {login_throttle: {max_delay_seconds: 7200}}").staff().throttle()
                .forgetAfter(), "failures are remembered at least as long as the longest lock");
    }

    @Test
    void rejectsStaffSettingsOutOfRangeNamingTheKey() {
        assertMessage("test.yaml: staff.secure_cookies: must be auto, always or never, got 'sometimes'",
                "staff: {secure_cookies: sometimes}");
        assertMessage("test.yaml: server.trusted_proxy: expected true or false, got 'yes please'",
                "server: {trusted_proxy: yes please}");
        assertMessage("test.yaml: staff.session_idle_minutes: session idle time must be at least a minute and at most"
                + " the longest session: 900 min, 12 h", "staff: {session_idle_minutes: 900}");
        assertMessage("test.yaml: staff.login_throttle.account_failures: must be 1..1000, got 0",
                "staff: {login_throttle: {account_failures: 0}}");
    }

    @Test
    void missingKeysTakeTheirDefaults() {
        ServerConfig c = parse("faq:\n  thresholds:\n    answer: 0.5\n");
        Thresholds d = Thresholds.DEFAULT;
        assertEquals(d.withDecisions(0.5, d.options(), d.optionFloor()), c.faq().thresholds());
        assertEquals(ServerConfig.DEFAULT_PORT, c.port());
        assertEquals(ServerConfig.defaults(), parse(""));
    }

    @Test
    void rejectsAnUnknownKeyNamingTheKeyAndTheFile() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("faq:\n  tresholds:\n    answer: 0.5\n"));
        assertEquals("test.yaml: unknown key 'faq.tresholds' (known under 'faq': default_language, thresholds, "
                + "max_options)", e.getMessage());
    }

    @Test
    void rejectsAnUnknownTopLevelKey() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("port: 8080\n"));
        assertTrue(e.getMessage().startsWith("test.yaml: unknown key 'port'"), e.getMessage());
    }

    @Test
    void rejectsWrongTypesAndRangesNamingTheKey() {
        assertMessage("test.yaml: faq.thresholds.answer: expected a number, got 'high'",
                "faq: {thresholds: {answer: high}}");
        assertMessage("test.yaml: faq.thresholds: answer threshold must be in [0,1]: 1.5",
                "faq: {thresholds: {answer: 1.5}}");
        assertMessage("test.yaml: faq.max_options: maxOptions must be 2..4: 7", "faq: {max_options: 7}");
        assertMessage("test.yaml: faq.max_options: expected a whole number, got '2.5'", "faq: {max_options: 2.5}");
        assertMessage("test.yaml: faq.default_language: unsupported language 'xx'; supported: en, vi, el, tl, ar",
                "faq: {default_language: xx}");
        assertMessage("test.yaml: server.port: port must be 1..65535: 70000", "server: {port: 70000}");
        assertMessage("test.yaml: faq: expected a mapping of keys", "faq: 3");
        assertMessage("test.yaml: data_dir: expected a single value, not a list or mapping", "data_dir: [a, b]");
    }

    @Test
    void rejectsDuplicateKeysAndBadYaml() {
        assertTrue(assertThrows(ConfigException.class, () -> parse("data_dir: a\ndata_dir: b\n"))
                .getMessage().startsWith("test.yaml: not valid YAML: Duplicate field 'data_dir'"));
        assertTrue(assertThrows(ConfigException.class, () -> parse("faq: [\n"))
                .getMessage().startsWith("test.yaml: not valid YAML"));
    }

    @Test
    void environmentOverridesTheFile() throws IOException {
        Path file = write("data_dir: from-file\nserver: {port: 9000}\n");
        ServerConfig c = ServerConfig.load(Map.of(ServerConfig.ENV_CONFIG, file.toString(),
                ServerConfig.ENV_DATA, "from-env", ServerConfig.ENV_PORT, "9100"));
        assertEquals(Path.of("from-env"), c.dataDir());
        assertEquals(9100, c.port());
    }

    @Test
    void fileNamedBySwitchboardConfigIsRead() throws IOException {
        Path file = write("data_dir: from-file\n");
        assertEquals(Path.of("from-file"), ServerConfig.load(Map.of(ServerConfig.ENV_CONFIG, file.toString())).dataDir());
    }

    @Test
    void missingFileNamedBySwitchboardConfigIsAnError() {
        Path missing = dir.resolve("nope.yaml");
        ConfigException e = assertThrows(ConfigException.class,
                () -> ServerConfig.load(Map.of(ServerConfig.ENV_CONFIG, missing.toString())));
        assertEquals(missing + ": no such configuration file (named by SWITCHBOARD_CONFIG)", e.getMessage());
    }

    @Test
    void badPortInTheEnvironmentNamesTheVariable() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ServerConfig.defaults().withEnvironment(Map.of(ServerConfig.ENV_PORT, "http")));
        assertEquals("SWITCHBOARD_PORT: not a port number (1..65535): 'http'", e.getMessage());
    }

    @Test
    void unknownKeyInAFileNamesThatFile() throws IOException {
        Path file = write("servr: {port: 1}\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> ServerConfig.load(Map.of(ServerConfig.ENV_CONFIG, file.toString())));
        assertTrue(e.getMessage().startsWith(file + ": unknown key 'servr'"), e.getMessage());
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("switchboard.yaml"), yaml);
    }

    private static ServerConfig parse(String yaml) {
        return ConfigFile.parse(yaml, "test.yaml");
    }

    private static void assertMessage(String expected, String yaml) {
        assertEquals(expected, assertThrows(ConfigException.class, () -> parse(yaml)).getMessage());
    }
}
