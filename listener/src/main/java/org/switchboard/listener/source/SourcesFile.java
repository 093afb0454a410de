package org.switchboard.listener.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import twitter4j.Twitter;

/**
 * Reads {@code sources.yaml} for {@link SourcesConfig}. Every error names the file, the source
 * (its name and place in the list) and the key.
 */
final class SourcesFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> TOP = Set.of("timeout", "sources");
    private static final Set<String> COMMON = Set.of("name", "kind", "interval", "enabled", "timeout");
    /** The keys each kind takes besides the common ones. */
    private static final Map<String, Set<String>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("twitter_search", Set.of("query", "budget", "page_size", "base_url"));
        KINDS.put("twitter_mentions", Set.of("budget", "page_size", "base_url"));
        KINDS.put("feed", Set.of("url"));
        KINDS.put("page", Set.of("url", "selector", "text", "author", "link", "date", "allow_empty"));
        KINDS.put("mastodon_tag", Set.of("base_url", "hashtag", "page_size", "budget"));
        KINDS.put("mastodon_search", Set.of("base_url", "query", "page_size", "budget"));
    }

    static final Duration MIN_INTERVAL = Duration.ofSeconds(10);
    static final Duration MAX_INTERVAL = Duration.ofDays(7);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private final String file;
    private final Map<String, String> env;
    private final Clock clock;
    private final Map<Duration, WebClient> clients = new LinkedHashMap<>();
    private String where = "";

    private SourcesFile(String file, Map<String, String> env, Clock clock) {
        this.file = file;
        this.env = env;
        this.clock = clock;
    }

    static SourcesConfig read(Path path, Map<String, String> env, Clock clock) {
        SourcesFile f = new SourcesFile(path.toString(), env, clock);
        if (!Files.exists(path)) {
            return new SourcesConfig(SourcesConfig.DEFAULT_TIMEOUT, List.of(), List.of());
        }
        JsonNode root;
        try {
            root = YAML.readTree(path.toFile());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(f.file + ": not valid YAML"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(f.file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new SourcesConfig(SourcesConfig.DEFAULT_TIMEOUT, List.of(), List.of());
        }
        return f.config(root);
    }

    private SourcesConfig config(JsonNode root) {
        if (!root.isObject()) {
            throw fail(null, "expected a mapping with 'timeout' and 'sources'");
        }
        known(root, TOP, "top level");
        Duration timeout = root.has("timeout") ? duration(root, "timeout", Duration.ofMillis(100), Duration.ofMinutes(10))
                : SourcesConfig.DEFAULT_TIMEOUT;
        JsonNode list = root.path("sources");
        List<Source> sources = new ArrayList<>();
        List<String> disabled = new ArrayList<>();
        if (list.isMissingNode() || list.isNull()) {
            return new SourcesConfig(timeout, sources, disabled);
        }
        if (!list.isArray()) {
            throw fail("sources", "must be a list of sources");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode node = list.get(i);
            where = "sources[" + i + "]";
            if (!node.isObject()) {
                throw fail(null, "must be a mapping with name, kind, interval and the kind's keys");
            }
            String name = requiredText(node, "name");
            if (!NAME.matcher(name).matches()) {
                throw fail("name", "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit: '" + name + "'");
            }
            where = "source '" + name + "' (sources[" + i + "])";
            if (!names.add(name)) {
                throw fail("name", "another source has this name");
            }
            String kind = requiredText(node, "kind");
            Set<String> keys = KINDS.get(kind);
            if (keys == null) {
                throw fail("kind", "unknown kind '" + kind + "' (known: " + String.join(", ", KINDS.keySet()) + ")");
            }
            Set<String> allowed = new HashSet<>(COMMON);
            allowed.addAll(keys);
            known(node, allowed, "kind " + kind);
            boolean enabled = bool(node, "enabled", true);
            if (!node.has("interval")) {
                throw fail("interval", "missing (how often to poll, e.g. 90s, 5m, 1h)");
            }
            Duration interval = duration(node, "interval", MIN_INTERVAL, MAX_INTERVAL);
            Duration ownTimeout = node.has("timeout") ? duration(node, "timeout", Duration.ofMillis(100), Duration.ofMinutes(10)) : timeout;
            Source source = source(node, name, kind, interval, ownTimeout, enabled);
            if (enabled) {
                sources.add(source);
            } else {
                disabled.add(name);
            }
        }
        return new SourcesConfig(timeout, sources, disabled);
    }

    /** The source, or {@code null} for a disabled one (checked all the same, credentials aside). */
    private Source source(JsonNode node, String name, String kind, Duration interval, Duration timeout, boolean enabled) {
        switch (kind) {
            case "twitter_search", "twitter_mentions" -> {
                int max = kind.equals("twitter_search") ? TwitterSearchSource.MAX_PAGE : TwitterMentionsSource.MAX_PAGE;
                String query = kind.equals("twitter_search") ? requiredText(node, "query") : null;
                ReadBudget budget = budget(node, true);
                int pageSize = integer(node, "page_size", max, 1, max);
                String base = baseUrl(node, TwitterSource.DEFAULT_BASE_URL, false).toString();
                String baseUrl = base.endsWith("/") ? base : base + "/";
                if (!enabled) {
                    return null;
                }
                TwitterCredentials credentials;
                try {
                    credentials = TwitterCredentials.fromEnv(env);
                } catch (IllegalArgumentException e) {
                    throw fail(null, e.getMessage());
                }
                Twitter twitter = TwitterSource.connect(credentials, baseUrl, timeout);
                return query != null
                        ? new TwitterSearchSource(name, interval, query, budget, pageSize, twitter, baseUrl, clock)
                        : new TwitterMentionsSource(name, interval, budget, pageSize, twitter, baseUrl, clock);
            }
            case "feed" -> {
                URI url = url(node, "url");
                return enabled ? new FeedSource(name, interval, url, web(timeout), clock) : null;
            }
            case "page" -> {
                URI url = url(node, "url");
                String item = requiredText(node, "selector");
                PageSelectors selectors;
                try {
                    selectors = new PageSelectors(item, optionalText(node, "text"), optionalText(node, "author"),
                            optionalText(node, "link"), optionalText(node, "date"));
                } catch (IllegalArgumentException e) {
                    throw fail(null, e.getMessage());
                }
                boolean allowEmpty = bool(node, "allow_empty", false);
                return enabled ? new PageSource(name, interval, url, selectors, allowEmpty, web(timeout), clock) : null;
            }
            default -> {
                boolean tag = kind.equals("mastodon_tag");
                URI base = baseUrl(node, null, true);
                String term = tag ? requiredText(node, "hashtag") : requiredText(node, "query");
                if (tag) {
                    term = term.startsWith("#") ? term.substring(1) : term;
                    if (term.isEmpty() || !term.matches("[\\p{L}\\p{N}_]+")) {
                        throw fail("hashtag", "must be letters, digits or '_' (with or without '#'): '" + term + "'");
                    }
                }
                int pageSize = integer(node, "page_size", tag ? MastodonSource.MAX_PAGE : 20, 1, MastodonSource.MAX_PAGE);
                ReadBudget budget = budget(node, false);
                if (!enabled) {
                    return null;
                }
                return new MastodonSource(name, interval, tag ? MastodonSource.Mode.TAG : MastodonSource.Mode.SEARCH,
                        base, term, pageSize, budget, env.get(SourcesConfig.MASTODON_TOKEN), web(timeout), clock);
            }
        }
    }

    /** One HTTP client for all sources with the same timeout. */
    private WebClient web(Duration timeout) {
        return clients.computeIfAbsent(timeout, t -> new WebClient(t, clock));
    }

    private ReadBudget budget(JsonNode node, boolean required) {
        JsonNode b = node.get("budget");
        if (b == null || b.isNull()) {
            if (required) {
                throw fail("budget", "missing: X bills every post read, so give {per_day: N, per_month: M}");
            }
            return null;
        }
        if (!b.isObject()) {
            throw fail("budget", "must be a mapping {per_day: N, per_month: M}");
        }
        for (Iterator<String> it = b.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("per_day") && !key.equals("per_month")) {
                throw fail("budget." + key, "unknown key (known: per_day, per_month)");
            }
        }
        if (!b.has("per_day") || !b.has("per_month")) {
            throw fail("budget", "needs both per_day and per_month");
        }
        long day = wholeNumber(b.get("per_day"), "budget.per_day");
        long month = wholeNumber(b.get("per_month"), "budget.per_month");
        try {
            return new ReadBudget(day, month);
        } catch (IllegalArgumentException e) {
            throw fail("budget", e.getMessage());
        }
    }

    private URI baseUrl(JsonNode node, String fallback, boolean required) {
        if (!node.has("base_url") && !required) {
            return URI.create(fallback);
        }
        return url(node, "base_url");
    }

    private URI url(JsonNode node, String key) {
        String text = requiredText(node, key);
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw fail(key, "must be an absolute http or https URL: '" + text + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw fail(key, "not a URL: '" + text + "' (" + e.getMessage() + ")");
        }
    }

    private Duration duration(JsonNode node, String key, Duration min, Duration max) {
        JsonNode v = node.get(key);
        String text = v == null || v.isNull() ? "" : v.asText().strip();
        Duration d = parseDuration(text);
        if (d == null || !(v.isTextual())) {
            throw fail(key, "must be a duration like 90s, 5m, 1h or 1h30m, not '" + text + "'");
        }
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw fail(key, "must be between " + human(min) + " and " + human(max) + ": '" + text + "'");
        }
        return d;
    }

    /** "90s", "5m", "1h30m", "250ms", "1d"; {@code null} when unreadable. */
    static Duration parseDuration(String text) {
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = DURATION_PART.matcher(text);
        Duration total = Duration.ZERO;
        int at = 0;
        while (m.find() && m.start() == at) {
            long n;
            try {
                n = Long.parseLong(m.group(1));
            } catch (NumberFormatException e) {
                return null;
            }
            total = total.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
            at = m.end();
        }
        return at == text.length() ? total : null;
    }

    private static String human(Duration d) {
        if (d.toMillis() < 1000) {
            return d.toMillis() + "ms";
        }
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
            return d.toDays() + "d";
        }
        if (d.toMinutes() > 0 && d.equals(Duration.ofMinutes(d.toMinutes()))) {
            return d.toMinutes() + "m";
        }
        return d.toSeconds() + "s";
    }

    private int integer(JsonNode node, String key, int fallback, int min, int max) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        long n = wholeNumber(v, key);
        if (n < min || n > max) {
            throw fail(key, "must be " + min + ".." + max + ": " + n);
        }
        return (int) n;
    }

    private long wholeNumber(JsonNode v, String key) {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw fail(key, "must be a whole number, not '" + (v == null ? "" : v.asText()) + "'");
        }
        return v.longValue();
    }

    private boolean bool(JsonNode node, String key, boolean fallback) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw fail(key, "must be true or false, not '" + v.asText() + "'");
        }
        return v.booleanValue();
    }

    private String requiredText(JsonNode node, String key) {
        String v = optionalText(node, key);
        if (v == null) {
            throw fail(key, "missing");
        }
        return v;
    }

    private String optionalText(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isValueNode() && !v.isTextual()) {
            throw fail(key, "must be text, but YAML read " + v.asText() + " (put it in quotes)");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw fail(key, "must be non-empty text");
        }
        return v.asText().strip();
    }

    private void known(JsonNode node, Set<String> keys, String what) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw fail(key, "unknown key for " + what + " (known: " + String.join(", ", new TreeSet<>(keys)) + ")");
            }
        }
    }

    private IllegalArgumentException fail(String key, String message) {
        StringBuilder b = new StringBuilder(file);
        if (!where.isEmpty()) {
            b.append(": ").append(where).append(key == null ? "" : ", key '" + key + "'");
        } else if (key != null) {
            b.append(": key '").append(key).append("'");
        }
        return new IllegalArgumentException(b.append(": ").append(message).toString());
    }
}
