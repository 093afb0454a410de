package org.switchboard.bot.hours;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code hours.yaml}:
 *
 * <pre>
 * zone: Europe/Athens
 * weekly:
 *   monday: "08:00-20:00"
 *   saturday: ["09:00-13:00"]      # a list for a day with a break
 *   sunday: closed                 # or leave the day out
 * </pre>
 */
final class HoursFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern SPAN = Pattern.compile("(\\d{2}):(\\d{2})\\s*-\\s*(\\d{2}):(\\d{2})");

    private final String name;

    private HoursFile(String name) {
        this.name = name;
    }

    static BusinessHours load(Path file) {
        HoursFile f = new HoursFile(file.toString());
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw f.fail("cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw f.fail("expected a mapping with 'zone' and 'weekly'");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!key.equals("zone") && !key.equals("weekly")) {
                throw f.fail("unknown key '" + key + "' (known: zone, weekly)");
            }
        }
        try {
            return BusinessHours.of(f.zone(root.path("zone")), f.spans(root.path("weekly")));
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(f.name) ? e : f.fail(e.getMessage());
        }
    }

    private ZoneId zone(JsonNode node) {
        if (!node.isTextual()) {
            throw fail("'zone' must be a time zone name such as Europe/Athens");
        }
        try {
            return ZoneId.of(node.asText());
        } catch (DateTimeException e) {
            throw fail("'zone': unknown time zone '" + node.asText() + "'");
        }
    }

    private List<OpeningSpan> spans(JsonNode weekly) {
        if (!weekly.isObject()) {
            throw fail("'weekly' must map days (monday … sunday) to times such as \"08:00-20:00\"");
        }
        List<OpeningSpan> spans = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = weekly.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> day = it.next();
            DayOfWeek d = day(day.getKey());
            JsonNode value = day.getValue();
            if (value.isArray()) {
                value.forEach(v -> spans.add(span(d, v)));
            } else if (!(value.isTextual() && value.asText().equalsIgnoreCase("closed"))) {
                spans.add(span(d, value));
            }
        }
        return spans;
    }

    private DayOfWeek day(String key) {
        try {
            return DayOfWeek.valueOf(key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail("'weekly': unknown day '" + key + "' (known: monday … sunday)");
        }
    }

    private OpeningSpan span(DayOfWeek day, JsonNode node) {
        Matcher m = SPAN.matcher(node.asText().strip());
        String where = "'weekly." + day.name().toLowerCase(Locale.ROOT) + "'";
        if (!node.isTextual() || !m.matches()) {
            throw fail(where + ": expected a time span such as \"08:00-20:00\", or closed, not '" + node.asText() + "'");
        }
        try {
            return new OpeningSpan(day, time(m.group(1), m.group(2)), time(m.group(3), m.group(4)));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw fail(where + ": " + e.getMessage());
        }
    }

    private static LocalTime time(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        return h == 24 && m == 0 ? LocalTime.MIDNIGHT : LocalTime.of(h, m);
    }

    private IllegalArgumentException fail(String what) {
        return new IllegalArgumentException(name + ": " + what);
    }
}
