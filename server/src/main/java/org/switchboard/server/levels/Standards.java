package org.switchboard.server.levels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standards of {@code config/standards.yaml}: a list of
 * {@code {name, measure, percentile, limit, period}} ({@code limit} and {@code period} as
 * {@code 90s}, {@code 2m}, {@code 1h}, {@code 7d}). Every mistake is an
 * {@link IllegalArgumentException} naming the file, the standard and the key; unknown keys are
 * refused. Without the file there are no standards.
 */
public final class Standards {
    private static final Set<String> KEYS = Set.of("name", "measure", "percentile", "limit", "period");
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})(s|m|h|d)");

    private Standards() {
    }

    public static List<Standard> load(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": not readable YAML: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": expected a mapping with the key 'standards'");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("standards")) {
                throw new IllegalArgumentException(file + ": unknown key '" + key + "' (known: standards)");
            }
        }
        JsonNode list = root.path("standards");
        if (!list.isArray()) {
            throw new IllegalArgumentException(file + ": 'standards' must be a list");
        }
        List<Standard> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String where = file + ": standards[" + i + "]";
            if (!n.isObject()) {
                throw new IllegalArgumentException(where + ": expected a mapping");
            }
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!KEYS.contains(key)) {
                    throw new IllegalArgumentException(where + ": unknown key '" + key + "' (known: measure, limit, name, percentile, period)");
                }
            }
            String name = text(n, "name", where);
            where = where + " ('" + name + "')";
            if (!names.add(name)) {
                throw new IllegalArgumentException(where + ", key 'name': another standard has this name");
            }
            String code = text(n, "measure", where);
            String at = where;
            Measure measure = Measure.find(code).orElseThrow(() -> new IllegalArgumentException(at + ", key 'measure': unknown measure '"
                    + code + "' (known: " + String.join(", ", java.util.Arrays.stream(Measure.values()).map(Measure::code).toList()) + ")"));
            JsonNode p = n.get("percentile");
            if (p == null || !p.isNumber() || !(p.asDouble() > 0 && p.asDouble() <= 100)) {
                throw new IllegalArgumentException(where + ", key 'percentile': must be a number above 0 and at most 100");
            }
            out.add(new Standard(name, measure, p.asDouble(), duration(n, "limit", where), duration(n, "period", where)));
        }
        return List.copyOf(out);
    }

    private static String text(JsonNode n, String key, String where) {
        JsonNode v = n.get(key);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(where + ", key '" + key + "': missing or empty");
        }
        return v.asText().strip();
    }

    private static Duration duration(JsonNode n, String key, String where) {
        String t = text(n, key, where);
        Matcher m = DURATION.matcher(t);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException(where + ", key '" + key + "': '" + t
                    + "' is not a duration such as 90s, 2m, 1h or 7d");
        }
        long v = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(v);
            case "m" -> Duration.ofMinutes(v);
            case "h" -> Duration.ofHours(v);
            default -> Duration.ofDays(v);
        };
    }
}
