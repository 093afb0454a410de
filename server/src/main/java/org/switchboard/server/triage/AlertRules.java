package org.switchboard.server.triage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.switchboard.listener.watch.Term;
import org.switchboard.listener.watch.TermKind;
import org.switchboard.listener.watch.Watchlist;

/**
 * The triage alerts' settings, {@code config/listener/alerts.yaml} (docs/triage-alerts.md):
 *
 * <pre>
 * surge:
 *   window: 1h            # the "last hour" counted (1m .. 1d)
 *   history_days: 7       # the usual rate is the mean of the windows of these days (1..90)
 *   k: 3                  # standard deviations above the mean (0..10)
 *   at_least: 10          # and never fewer negative mentions than this (1..100000)
 *   check_every: 1m       # how often every term is evaluated besides each new mention (10s .. 1h)
 * high_priority: 70       # mentions with a priority at or above this go to the webhook (0..100)
 * webhook:
 *   url: https://…        # SWITCHBOARD_TRIAGE_WEBHOOK_URL overrides; signed with SWITCHBOARD_TRIAGE_WEBHOOK_SECRET
 *   attempts: 4           # tries per delivery (1..10)
 *   first_retry: 2s       # wait before the second try, doubling after (100ms .. 10m)
 * staff_notices:          # a staff term of the watchlist → an e-mail address or a staff login
 *   Maria Santos: maria.santos@acme.example
 * </pre>
 *
 * Every key is optional; unknown keys, bad values and a staff notice for a name that is not a
 * staff term of the watchlist are refused with an {@link IllegalArgumentException} naming the
 * file and the key. The secret comes from the environment only (at least 16 characters) and is
 * required when a URL is set, so nothing is sent unsigned.
 *
 * @param webhook      where deliveries go and the secret they are signed with; empty: no webhook
 * @param staffNotices staff term name (as in the watchlist) → contact
 */
public record AlertRules(SurgeRule surge, Duration checkEvery, int highPriority, Optional<Target> webhook, int attempts,
                         Duration firstRetry, Map<String, Contact> staffNotices) {
    public static final String URL_ENV = "SWITCHBOARD_TRIAGE_WEBHOOK_URL";
    public static final String SECRET_ENV = "SWITCHBOARD_TRIAGE_WEBHOOK_SECRET";
    private static final Map<String, List<String>> KEYS = Map.of(
            "", List.of("surge", "high_priority", "webhook", "staff_notices"),
            "surge", List.of("window", "history_days", "k", "at_least", "check_every"),
            "webhook", List.of("url", "attempts", "first_retry"));
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern LOGIN = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

    /** Where the webhook posts and the secret it signs with. */
    public record Target(URI url, byte[] secret) {
        public Target {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String toString() {
            return "Target[" + url + ", secret hidden]";
        }
    }

    /** Who to tell when a staff member is named: an e-mail address or a staff login. */
    public record Contact(String kind, String value) {
        public Map<String, Object> json() {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("kind", kind);
            o.put(kind.equals("email") ? "address" : "login", value);
            return o;
        }
    }

    public AlertRules {
        Objects.requireNonNull(surge, "surge");
        Objects.requireNonNull(webhook, "webhook");
        staffNotices = Map.copyOf(staffNotices);
    }

    /** The defaults: {@link SurgeRule#standard()}, checked every minute, high priority 70, no webhook, no notices. */
    public static AlertRules standard() {
        return new AlertRules(SurgeRule.standard(), Duration.ofMinutes(1), 70, Optional.empty(), 4, Duration.ofSeconds(2), Map.of());
    }

    /** The alerts file of a configuration directory. */
    public static Path file(Path configDir) {
        return configDir.resolve("listener").resolve("alerts.yaml");
    }

    /**
     * Reads {@code file} (missing: the defaults, with the webhook of the environment if any).
     *
     * @param watchlist the watchlist in force (staff notices must name its staff terms), or null
     */
    public static AlertRules load(Path file, Map<String, String> env, Watchlist watchlist) {
        String text = "";
        if (Files.exists(file)) {
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
            }
        }
        return parse(text, file.toString(), env, watchlist);
    }

    /** Reads alerts YAML; {@code file} names it in messages. */
    public static AlertRules parse(String yaml, String file, Map<String, String> env, Watchlist watchlist) {
        JsonNode root;
        try {
            root = yaml.isBlank() ? null : YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root != null && root.isNull()) {
            root = null;
        }
        if (root != null && !root.isObject()) {
            throw new IllegalArgumentException(file + ": must be a mapping of " + String.join(", ", KEYS.get("")));
        }
        AlertRules base = standard();
        known(root, "", file);
        JsonNode s = section(root, "surge", file);
        JsonNode w = section(root, "webhook", file);
        Duration window = duration(s, "surge.window", Duration.ofMinutes(1), Duration.ofDays(1), base.surge().window(), file);
        int days = whole(s, "surge.history_days", 1, 90, 7, file);
        double k = number(s, "surge.k", 0, 10, base.surge().k(), file);
        int atLeast = whole(s, "surge.at_least", 1, 100_000, base.surge().atLeast(), file);
        Duration every = duration(s, "surge.check_every", Duration.ofSeconds(10), Duration.ofHours(1), base.checkEvery(), file);
        int high = whole(root, "high_priority", 0, 100, base.highPriority(), file);
        int attempts = whole(w, "webhook.attempts", 1, 10, base.attempts(), file);
        Duration firstRetry = duration(w, "webhook.first_retry", Duration.ofMillis(100), Duration.ofMinutes(10), base.firstRetry(), file);
        Optional<Target> target = target(w, file, env);
        Map<String, Contact> notices = notices(root, file, watchlist);
        return new AlertRules(SurgeRule.of(window, days, k, atLeast), every, high, target, attempts, firstRetry, notices);
    }

    private static Optional<Target> target(JsonNode w, String file, Map<String, String> env) {
        String url = env.get(URL_ENV);
        String from = URL_ENV;
        if (url == null || url.isBlank()) {
            JsonNode u = w == null ? null : w.get("url");
            if (u != null && !u.isNull() && !u.isTextual()) {
                throw new IllegalArgumentException(file + ": key 'webhook.url' must be text");
            }
            url = u == null || u.isNull() ? null : u.textValue();
            from = file + ": key 'webhook.url'";
        }
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(from + ": not a URL: " + e.getMessage());
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException(from + ": the webhook must be an http or https URL with a host");
        }
        if (uri.getUserInfo() != null) {
            throw new IllegalArgumentException(from + ": no credentials in the webhook URL; it is signed with " + SECRET_ENV);
        }
        String secret = env.get(SECRET_ENV);
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException(SECRET_ENV + " must be set (at least 16 characters) when a triage webhook is"
                    + " configured: every delivery is signed with it");
        }
        return Optional.of(new Target(uri, secret.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, Contact> notices(JsonNode root, String file, Watchlist watchlist) {
        JsonNode n = root == null ? null : root.get("staff_notices");
        if (n == null || n.isNull()) {
            return Map.of();
        }
        if (!n.isObject()) {
            throw new IllegalArgumentException(file + ": key 'staff_notices' must map a staff name of the watchlist to an"
                    + " e-mail address or a staff login");
        }
        Map<String, String> staff = new LinkedHashMap<>();
        if (watchlist != null) {
            for (Term t : watchlist.terms()) {
                if (t.kind() == TermKind.STAFF) {
                    staff.put(t.name().toLowerCase(Locale.ROOT), t.name());
                }
            }
        }
        Map<String, Contact> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = "staff_notices." + e.getKey();
            String term = staff.get(e.getKey().toLowerCase(Locale.ROOT));
            if (term == null) {
                throw new IllegalArgumentException(file + ": key '" + key + "': not a staff term of the watchlist (staff terms: "
                        + (staff.isEmpty() ? "none" : String.join(", ", staff.values())) + ")");
            }
            if (!e.getValue().isTextual() || e.getValue().textValue().isBlank()) {
                throw new IllegalArgumentException(file + ": key '" + key + "' must be an e-mail address or a staff login");
            }
            String v = e.getValue().textValue().strip();
            if (EMAIL.matcher(v).matches()) {
                out.put(term, new Contact("email", v));
            } else if (LOGIN.matcher(v).matches()) {
                out.put(term, new Contact("staff", v));
            } else {
                throw new IllegalArgumentException(file + ": key '" + key + "' must be an e-mail address or a staff login, not '"
                        + v + "'");
            }
        }
        return out;
    }

    private static JsonNode section(JsonNode root, String name, String file) {
        JsonNode s = root == null ? null : root.get(name);
        if (s == null || s.isNull()) {
            return null;
        }
        if (!s.isObject()) {
            throw new IllegalArgumentException(file + ": key '" + name + "' must be a mapping of " + String.join(", ", KEYS.get(name)));
        }
        known(s, name, file);
        return s;
    }

    private static void known(JsonNode node, String section, String file) {
        if (node == null) {
            return;
        }
        List<String> keys = KEYS.get(section);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw new IllegalArgumentException(file + ": unknown key '" + (section.isEmpty() ? "" : section + ".") + key
                        + "' (known" + (section.isEmpty() ? "" : " under '" + section + "'") + ": " + String.join(", ", keys) + ")");
            }
        }
    }

    private static JsonNode value(JsonNode node, String key) {
        return node == null ? null : node.get(key.substring(key.indexOf('.') + 1));
    }

    private static int whole(JsonNode node, String key, int min, int max, int otherwise, String file) {
        JsonNode v = value(node, key);
        if (v == null) {
            return otherwise;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            throw new IllegalArgumentException(file + ": key '" + key + "' must be a whole number " + min + ".." + max
                    + ", not '" + v.asText() + "'");
        }
        return v.asInt();
    }

    private static double number(JsonNode node, String key, double min, double max, double otherwise, String file) {
        JsonNode v = value(node, key);
        if (v == null) {
            return otherwise;
        }
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            throw new IllegalArgumentException(file + ": key '" + key + "' must be a number " + min + ".." + max
                    + ", not '" + v.asText() + "'");
        }
        return v.asDouble();
    }

    private static Duration duration(JsonNode node, String key, Duration min, Duration max, Duration otherwise, String file) {
        JsonNode v = value(node, key);
        if (v == null) {
            return otherwise;
        }
        Duration d = v.isTextual() ? parseDuration(v.textValue().strip()) : null;
        if (d == null || d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException(file + ": key '" + key + "' must be a duration like 90s, 5m, 1h or 1h30m, from "
                    + min.toString().substring(2).toLowerCase(Locale.ROOT) + " to " + max.toString().substring(2).toLowerCase(Locale.ROOT)
                    + ", not '" + v.asText() + "'");
        }
        return d;
    }

    /** {@code 1d2h30m15s250ms} and any part of it; null when not a duration. */
    static Duration parseDuration(String text) {
        Matcher m = DURATION.matcher(text);
        if (text.isEmpty() || !m.matches()) {
            return null;
        }
        long[] units = {86_400_000L, 3_600_000L, 60_000L, 1_000L, 1L};
        long millis = 0;
        for (int i = 0; i < units.length; i++) {
            if (m.group(i + 1) != null) {
                millis += Long.parseLong(m.group(i + 1)) * units[i];
            }
        }
        return Duration.ofMillis(millis);
    }
}
