package org.switchboard.server;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.switchboard.faq.FaqIndexConfig;
import org.switchboard.faq.Language;
import org.switchboard.faq.Thresholds;
import org.switchboard.server.chat.ChatConfig;
import org.switchboard.server.jdbc.DatabaseConfig;
import org.switchboard.server.staff.StaffConfig;
import org.switchboard.server.staff.ThrottleConfig;

/** Parses the YAML of {@code switchboard.yaml} into a {@link ServerConfig}, rejecting unknown keys. */
final class ConfigFile {
    /** Every key a configuration file may hold, dotted; the sections are their prefixes. */
    static final List<String> KEYS = List.of(
            "data_dir",
            "faq.default_language",
            "faq.thresholds.answer", "faq.thresholds.options", "faq.thresholds.option_floor",
            "faq.thresholds.temperature", "faq.thresholds.calibration_slope", "faq.thresholds.calibration_intercept",
            "faq.max_options",
            "server.port",
            "database.url", "database.user", "database.pool_size",
            "bot.name",
            "chat.idle_timeout_seconds", "chat.rate_limit.per_connection", "chat.rate_limit.per_address",
            "server.trusted_proxy",
            "staff.session_idle_minutes", "staff.session_max_hours", "staff.secure_cookies",
            "staff.login_throttle.account_failures", "staff.login_throttle.address_failures",
            "staff.login_throttle.max_delay_seconds");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String source;
    private final JsonNode root;

    private ConfigFile(String source, JsonNode root) {
        this.source = source;
        this.root = root;
    }

    static ServerConfig parse(String yaml, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new ConfigException(source + ": not valid YAML: " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return ServerConfig.defaults();
        }
        return new ConfigFile(source, root).toConfig();
    }

    private ServerConfig toConfig() {
        checkKeys(root, "");
        Thresholds d = Thresholds.DEFAULT;
        Thresholds thresholds = build("faq.thresholds", () -> new Thresholds(
                number("faq.thresholds.answer", d.answer()),
                number("faq.thresholds.options", d.options()),
                number("faq.thresholds.option_floor", d.optionFloor()),
                number("faq.thresholds.temperature", d.temperature()),
                number("faq.thresholds.calibration_slope", d.slope()),
                number("faq.thresholds.calibration_intercept", d.intercept())));
        FaqIndexConfig defaults = FaqIndexConfig.defaults();
        Language language = build("faq.default_language",
                () -> Language.of(text("faq.default_language", defaults.defaultLanguage().code())));
        FaqIndexConfig faq = build("faq.max_options",
                () -> new FaqIndexConfig(language, thresholds, integer("faq.max_options", defaults.maxOptions())));
        Path dataDir = Path.of(text("data_dir", ServerConfig.DEFAULT_DATA_DIR.toString()));
        DatabaseConfig database = database();
        ChatConfig chat = chat();
        StaffConfig staff = staff();
        return build("server.port", () -> new ServerConfig(dataDir, faq,
                integer("server.port", ServerConfig.DEFAULT_PORT), database, chat, staff));
    }

    /** The {@code staff.*} keys and {@code server.trusted_proxy}. */
    private StaffConfig staff() {
        StaffConfig d = StaffConfig.defaults();
        ThrottleConfig t = d.throttle();
        int idle = integer("staff.session_idle_minutes", (int) d.sessionIdle().toMinutes(), 1, 43_200);
        int max = integer("staff.session_max_hours", (int) d.sessionMax().toHours(), 1, 720);
        String secure = text("staff.secure_cookies", d.secureCookies().name().toLowerCase(Locale.ROOT));
        StaffConfig.SecureCookies cookies;
        try {
            cookies = StaffConfig.SecureCookies.valueOf(secure.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail("staff.secure_cookies", "must be auto, always or never, got '" + secure + "'");
        }
        int accountFailures = integer("staff.login_throttle.account_failures", t.accountFailures(), 1, 1_000);
        int addressFailures = integer("staff.login_throttle.address_failures", t.addressFailures(), 1, 100_000);
        int maxDelay = integer("staff.login_throttle.max_delay_seconds", (int) t.maxDelay().toSeconds(), 1, 86_400);
        ThrottleConfig throttle = build("staff.login_throttle.max_delay_seconds", () -> new ThrottleConfig(accountFailures,
                addressFailures, t.firstDelay(), Duration.ofSeconds(maxDelay),
                t.forgetAfter().compareTo(Duration.ofSeconds(maxDelay)) < 0 ? Duration.ofSeconds(maxDelay) : t.forgetAfter()));
        boolean trusted = bool("server.trusted_proxy", d.trustedProxy());
        return build("staff.session_idle_minutes", () -> new StaffConfig(Duration.ofMinutes(idle), Duration.ofHours(max),
                cookies, trusted, throttle));
    }

    /** The {@code bot.*} and {@code chat.*} keys. */
    private ChatConfig chat() {
        ChatConfig d = ChatConfig.defaults();
        String name = text("bot.name", d.botName());
        if (name.length() > 40) {
            throw fail("bot.name", "must be 1 to 40 characters: '" + name + "'");
        }
        int idle = integer("chat.idle_timeout_seconds", (int) d.idleTimeout().toSeconds(), 1, 86_400);
        int perConnection = integer("chat.rate_limit.per_connection", d.perConnection(), 1, 100_000);
        int perAddress = integer("chat.rate_limit.per_address", d.perAddress(), 1, 100_000);
        return new ChatConfig(name, Duration.ofSeconds(idle), perConnection, perAddress);
    }

    /** The {@code database.*} keys. A password is a secret: never from the file, not even inside the URL. */
    private DatabaseConfig database() {
        String url = text("database.url", null);
        if (url != null && url.toLowerCase(Locale.ROOT).contains("password=")) {
            throw fail("database.url", "must not hold a password; set " + DatabaseConfig.ENV_PASSWORD + " instead");
        }
        String user = text("database.user", null);
        build("database.url", () -> new DatabaseConfig(url, user, null, DatabaseConfig.DEFAULT_POOL_SIZE));
        return build("database.pool_size", () -> new DatabaseConfig(url, user, null,
                integer("database.pool_size", DatabaseConfig.DEFAULT_POOL_SIZE)));
    }

    private void checkKeys(JsonNode node, String prefix) {
        if (!node.isObject()) {
            throw fail(prefix.isEmpty() ? "the top level" : prefix, "expected a mapping of keys");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            if (KEYS.contains(key)) {
                if (field.getValue().isContainerNode()) {
                    throw fail(key, "expected a single value, not a list or mapping");
                }
            } else if (KEYS.stream().anyMatch(k -> k.startsWith(key + "."))) {
                checkKeys(field.getValue(), key);
            } else {
                throw new ConfigException(source + ": unknown key '" + key + "'" + known(prefix));
            }
        }
    }

    private static String known(String prefix) {
        String start = prefix.isEmpty() ? "" : prefix + ".";
        String names = KEYS.stream().filter(k -> k.startsWith(start))
                .map(k -> k.substring(start.length()).split("\\.")[0])
                .distinct().collect(Collectors.joining(", "));
        return " (known " + (prefix.isEmpty() ? "at the top level" : "under '" + prefix + "'") + ": " + names + ")";
    }

    private JsonNode at(String key) {
        JsonNode node = root;
        for (String part : key.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    private String text(String key, String fallback) {
        JsonNode node = at(key);
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.isTextual() && !node.isNumber() || node.asText().isBlank()) {
            throw fail(key, "expected text, got '" + node + "'");
        }
        return node.asText().strip();
    }

    private boolean bool(String key, boolean fallback) {
        JsonNode node = at(key);
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.isBoolean()) {
            throw fail(key, "expected true or false, got '" + node.asText() + "'");
        }
        return node.booleanValue();
    }

    private double number(String key, double fallback) {
        JsonNode node = at(key);
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.isNumber()) {
            throw fail(key, "expected a number, got '" + node.asText() + "'");
        }
        return node.doubleValue();
    }

    private int integer(String key, int fallback) {
        JsonNode node = at(key);
        if (node.isMissingNode() || node.isNull()) {
            return fallback;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw fail(key, "expected a whole number, got '" + node.asText() + "'");
        }
        return node.intValue();
    }

    private int integer(String key, int fallback, int min, int max) {
        int value = integer(key, fallback);
        if (value < min || value > max) {
            throw fail(key, "must be " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    private <T> T build(String key, Supplier<T> builder) {
        try {
            return builder.get();
        } catch (IllegalArgumentException e) {
            throw fail(key, e.getMessage());
        }
    }

    private ConfigException fail(String key, String reason) {
        return new ConfigException(source + ": " + key + ": " + reason);
    }
}
