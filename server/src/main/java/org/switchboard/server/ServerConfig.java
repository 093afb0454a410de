package org.switchboard.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.switchboard.faq.FaqIndexConfig;

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
 */
public record ServerConfig(Path dataDir, FaqIndexConfig faq, int port) {
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
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port must be 1..65535: " + port);
        }
    }

    /** Every setting at its default: {@code ./data}, {@link FaqIndexConfig#defaults()}, port 8080. */
    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_DATA_DIR, FaqIndexConfig.defaults(), DEFAULT_PORT);
    }

    /**
     * Reads the configuration file named by {@code SWITCHBOARD_CONFIG} in {@code env} (which must then
     * exist), else {@link #DEFAULT_FILE} when it exists, else the defaults; then applies
     * {@code SWITCHBOARD_DATA} and {@code SWITCHBOARD_PORT}.
     *
     * @throws ConfigException naming the file or variable and the key when something is wrong
     */
    public static ServerConfig load(Map<String, String> env) {
        String named = env.get(ENV_CONFIG);
        ServerConfig config;
        if (named != null && !named.isBlank()) {
            Path file = Path.of(named);
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(file + ": no such configuration file (named by " + ENV_CONFIG + ")");
            }
            config = read(file);
        } else {
            config = Files.isRegularFile(DEFAULT_FILE) ? read(DEFAULT_FILE) : defaults();
        }
        return config.withEnvironment(env);
    }

    /** Reads one configuration file, without environment overrides. */
    public static ServerConfig read(Path file) {
        try {
            return ConfigFile.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** This configuration with {@code SWITCHBOARD_DATA} and {@code SWITCHBOARD_PORT} applied when set. */
    public ServerConfig withEnvironment(Map<String, String> env) {
        ServerConfig config = this;
        String data = env.get(ENV_DATA);
        if (data != null && !data.isBlank()) {
            config = config.withDataDir(Path.of(data));
        }
        String port = env.get(ENV_PORT);
        if (port != null && !port.isBlank()) {
            config = new ServerConfig(config.dataDir, config.faq, parsePort(port));
        }
        return config;
    }

    public ServerConfig withDataDir(Path dir) {
        return new ServerConfig(dir, faq, port);
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
