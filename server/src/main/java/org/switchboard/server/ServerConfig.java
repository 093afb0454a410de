package org.switchboard.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.server.chat.ChatConfig;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.staff.StaffConfig;

/**
 * Switchboard's settings, read once at start from {@code config/switchboard.yaml} (or the file
 * named by {@code SWITCHBOARD_CONFIG}) and then overridden by the environment. Every key is
 * optional; unknown keys are rejected. {@code config/README.md} lists every key.
 *
 * <pre>{@code
 * ServerConfig config = ServerConfig.load(System.getenv());
 * FaqIndex index = FaqIndex.open(config.dataDir(), config.faq());
 * }</pre>
 *
 * @param dataDir where the FAQ index and other state live (relative paths: against the working directory)
 * @param faq     how the FAQ index decides, built from the {@code faq.*} keys
 * @param port    the HTTP and WebSocket port of {@code switchboard serve}
 * @param database where conversations are stored, built from the {@code database.*} keys and the
 *                 {@code SWITCHBOARD_DB_*} variables (the password only from the environment)
 * @param chat     live chat: the bot's name, idle timeout and rate limits ({@code bot.*}, {@code chat.*})
 * @param staff    staff sign-in: sessions, cookies, login throttling ({@code staff.*}, {@code server.trusted_proxy})
 */
public record ServerConfig(Path dataDir, FaqIndexConfig faq, int port, DatabaseConfig database, ChatConfig chat,
                           StaffConfig staff) {
    /** Read when {@code SWITCHBOARD_CONFIG} is not set; its absence means "all defaults". */
    public static final Path DEFAULT_FILE = Path.of("config", "switchboard.yaml");
    public static final Path DEFAULT_DATA_DIR = Path.of("data");
    public static final int DEFAULT_PORT = 8080;

    public static final String ENV_CONFIG = "SWITCHBOARD_CONFIG";
    public static final String ENV_DATA = "SWITCHBOARD_DATA";
    public static final String ENV_PORT = "SWITCHBOARD_PORT";

    public ServerConfig {
        dataDir = Objects.requireNonNull(dataDir, "dataDir").normalize();
        Objects.requireNonNull(faq, "faq");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(staff, "staff");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535: " + port);
        }
    }

    /** With the default database: the embedded H2 file in {@code dataDir}. */
    public ServerConfig(Path dataDir, FaqIndexConfig faq, int port) {
        this(dataDir, faq, port, DatabaseConfig.embedded(), ChatConfig.defaults());
    }

    /** With the default staff settings. */
    public ServerConfig(Path dataDir, FaqIndexConfig faq, int port, DatabaseConfig database, ChatConfig chat) {
        this(dataDir, faq, port, database, chat, StaffConfig.defaults());
    }

    /** Every setting at its default: {@code ./data}, {@link FaqIndexConfig#defaults()}, port 8080, embedded H2. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_DATA_DIR, FaqIndexConfig.defaults(), DEFAULT_PORT);
    }

    /**
     * Reads the configuration file named by {@code SWITCHBOARD_CONFIG} in {@code env} (which must then
     * exist), else {@link #DEFAULT_FILE} when it exists, else the defaults; then applies
     * {@code SWITCHBOARD_DATA}, {@code SWITCHBOARD_PORT} and the {@code SWITCHBOARD_DB_*} variables.
     *
     * @throws ConfigException naming the file or variable and the key when something is wrong
     */
    public static ServerConfig load(Map<String, String> env) {
        return file(env).map(ServerConfig::read).orElseGet(ServerConfig::defaults).withEnvironment(env);
    }

    /**
     * The configuration file in force: the one {@code SWITCHBOARD_CONFIG} names (which must
     * exist), else {@link #DEFAULT_FILE} when it exists, else none.
     */
    public static java.util.Optional<Path> file(Map<String, String> env) {
        String named = env.get(ENV_CONFIG);
        if (named != null && !named.isBlank()) {
            Path file = Path.of(named);
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(file + ": no such configuration file (named by " + ENV_CONFIG + ")");
            }
            return java.util.Optional.of(file);
        }
        return Files.isRegularFile(DEFAULT_FILE) ? java.util.Optional.of(DEFAULT_FILE) : java.util.Optional.empty();
    }

    /** Reads one configuration file, without environment overrides. */
    public static ServerConfig read(Path file) {
        try {
            return ConfigFile.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * This configuration with {@code SWITCHBOARD_DATA}, {@code SWITCHBOARD_PORT},
     * {@code SWITCHBOARD_DB_URL}, {@code SWITCHBOARD_DB_USER} and {@code SWITCHBOARD_DB_PASSWORD}
     * applied when set.
     */
    public ServerConfig withEnvironment(Map<String, String> env) {
        ServerConfig config = this;
        String data = env.get(ENV_DATA);
        if (data != null && !data.isBlank()) {
            config = config.withDataDir(Path.of(data));
        }
        String port = env.get(ENV_PORT);
        if (port != null && !port.isBlank()) {
            config = new ServerConfig(config.dataDir, config.faq, parsePort(port), config.database, config.chat, config.staff);
        }
        return config.withDatabase(databaseFromEnvironment(config.database, env));
    }

    public ServerConfig withDataDir(Path dir) {
        return new ServerConfig(dir, faq, port, database, chat, staff);
    }

    public ServerConfig withDatabase(DatabaseConfig newDatabase) {
        return new ServerConfig(dataDir, faq, port, newDatabase, chat, staff);
    }

    /**
     * The directory of the configuration file in force (else {@code ./config}): the bot's
     * phrasing, business hours, widget texts and demo FAQ live beside the file.
     */
    public static Path directory(Map<String, String> env) {
        return file(env).orElse(DEFAULT_FILE).toAbsolutePath().getParent();
    }

    private static DatabaseConfig databaseFromEnvironment(DatabaseConfig database, Map<String, String> env) {
        String url = env.get(DatabaseConfig.ENV_URL);
        if (url != null && !url.isBlank()) {
            try {
                database = database.withUrl(url);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(DatabaseConfig.ENV_URL + ": " + e.getMessage(), e);
            }
        }
        String user = env.get(DatabaseConfig.ENV_USER);
        if (user != null && !user.isBlank()) {
            database = database.withUser(user.strip());
        }
        String password = env.get(DatabaseConfig.ENV_PASSWORD);
        if (password != null && !password.isEmpty()) {
            database = database.withPassword(password);
        }
        return database;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(ENV_PORT + ": not a port number (1..65535): '" + value + "'");
    }
}
