package org.switchboard.server.callback;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How booked call backs are kept, from the {@code keeping:} section of {@code config/callbacks.yaml}
 * and the environment:
 *
 * <pre>
 * keeping:
 *   remind_minutes_before: 10     # the reminder to the agent (or the team), 0..1440
 *   overdue_after_minutes: 15     # not done this long after the promised time: escalated, 1..1440
 *   kept_within_minutes: 10       # done within this of the promised time counts as kept, 0..1440
 *   webhook_url: https://…        # optional; SWITCHBOARD_CALLBACK_WEBHOOK_URL overrides
 *   webhook_attempts: 5           # tries per delivery, 1..10
 * </pre>
 *
 * The webhook's signing secret is {@code SWITCHBOARD_CALLBACK_WEBHOOK_SECRET}, read from the
 * environment only (at least 16 characters); a webhook URL without it is refused, so nothing
 * is ever sent unsigned.
 *
 * @param webhook the webhook's address and secret; empty when none is configured
 */
public record KeepingRules(Duration remindBefore, Duration overdueAfter, Duration keptWithin, Optional<WebhookTarget> webhook,
                           int webhookAttempts) {
    public static final String URL_ENV = "SWITCHBOARD_CALLBACK_WEBHOOK_URL";
    public static final String SECRET_ENV = "SWITCHBOARD_CALLBACK_WEBHOOK_SECRET";
    private static final List<String> KEYS = List.of("remind_minutes_before", "overdue_after_minutes", "kept_within_minutes",
            "webhook_url", "webhook_attempts");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Where the webhook posts and the secret it signs with. */
    public record WebhookTarget(URI url, byte[] secret) {
        public WebhookTarget {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String toString() {
            return "WebhookTarget[" + url + ", secret hidden]";
        }
    }

    public KeepingRules {
        Objects.requireNonNull(remindBefore, "remindBefore");
        Objects.requireNonNull(overdueAfter, "overdueAfter");
        Objects.requireNonNull(keptWithin, "keptWithin");
        Objects.requireNonNull(webhook, "webhook");
    }

    /** 10 minutes' reminder, overdue after 15, kept within 10, no webhook. */
    public static KeepingRules standard() {
        return new KeepingRules(Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(10), Optional.empty(), 5);
    }

    /**
     * Reads the {@code keeping:} section of {@code callbacks.yaml} (absent, or no file: the standard rules) and
     * the webhook's environment variables.
     *
     * @throws IllegalArgumentException naming the file and key, or the variable, that is wrong
     */
    public static KeepingRules load(Path file, Map<String, String> env) {
        if (!java.nio.file.Files.exists(file)) {
            return from(null, file.toString(), env); // a configuration from before call backs: the standard rules
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
        JsonNode k = root == null ? null : root.get("keeping");
        return from(k == null || k.isNull() ? null : k, file.toString(), env);
    }

    static KeepingRules from(JsonNode keeping, String file, Map<String, String> env) {
        KeepingRules base = standard();
        if (keeping != null && !keeping.isObject()) {
            throw new IllegalArgumentException(file + ": 'keeping' must be a mapping (" + String.join(", ", KEYS) + ")");
        }
        if (keeping != null) {
            for (Iterator<String> it = keeping.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException(file + ": unknown key 'keeping." + key + "' (known: " + String.join(", ", KEYS) + ")");
                }
            }
        }
        Duration remind = minutes(keeping, "remind_minutes_before", 0, 1440, base.remindBefore(), file);
        Duration overdue = minutes(keeping, "overdue_after_minutes", 1, 1440, base.overdueAfter(), file);
        Duration kept = minutes(keeping, "kept_within_minutes", 0, 1440, base.keptWithin(), file);
        int attempts = (int) minutes(keeping, "webhook_attempts", 1, 10, Duration.ofMinutes(base.webhookAttempts()), file).toMinutes();
        String url = env.get(URL_ENV);
        String urlFrom = URL_ENV;
        if (url == null || url.isBlank()) {
            JsonNode u = keeping == null ? null : keeping.get("webhook_url");
            url = u == null || u.isNull() ? null : u.asText();
            urlFrom = file + ": 'keeping.webhook_url'";
        }
        Optional<WebhookTarget> webhook = Optional.empty();
        if (url != null && !url.isBlank()) {
            URI uri;
            try {
                uri = URI.create(url.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(urlFrom + ": not a URL: " + e.getMessage());
            }
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new IllegalArgumentException(urlFrom + ": the webhook must be an http or https URL with a host");
            }
            if (uri.getUserInfo() != null) {
                throw new IllegalArgumentException(urlFrom + ": no credentials in the webhook URL; it is signed with " + SECRET_ENV);
            }
            String secret = env.get(SECRET_ENV);
            if (secret == null || secret.length() < 16) {
                throw new IllegalArgumentException(SECRET_ENV + " must be set (at least 16 characters) when a call back"
                        + " webhook is configured: every delivery is signed with it");
            }
            webhook = Optional.of(new WebhookTarget(uri, secret.getBytes(StandardCharsets.UTF_8)));
        }
        return new KeepingRules(remind, overdue, kept, webhook, attempts);
    }

    private static Duration minutes(JsonNode node, String key, int min, int max, Duration otherwise, String file) {
        JsonNode v = node == null ? null : node.get(key);
        if (v == null) {
            return otherwise;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            throw new IllegalArgumentException(file + ": 'keeping." + key + "' must be a whole number " + min + ".." + max
                    + ", not '" + v.asText() + "'");
        }
        return Duration.ofMinutes(v.asInt());
    }
}
