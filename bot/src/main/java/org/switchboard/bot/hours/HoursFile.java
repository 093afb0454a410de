package org.switchboard.bot.hours;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * holidays: [2026-12-25, 2027-01-01]
 * closures:
 *   - {date: 2026-12-24, hours: "14:00-24:00"}   # one-off; without hours: the whole day
 * teams:                           # optional: a team's own hours; each key it leaves out is the office's
 *   billing:
 *     weekly: {monday: "09:00-17:00"}
 * </pre>
 *
 * Files of the first shape (zone and weekly only) mean the same as before.
 */
final class HoursFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern SPAN = Pattern.compile("(\\d{2}):(\\d{2})\\s*-\\s*(\\d{2}):(\\d{2})");

    private final String name;

    private HoursFile(String name) {
        this.name = name;
    }

    private static final Set<String> OFFICE_KEYS = Set.of("zone", "weekly", "holidays", "closures", "teams");
    private static final Set<String> TEAM_KEYS = Set.of("zone", "weekly", "holidays", "closures");

    static TeamHours load(Path file) {
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
        try {
            f.known(root, OFFICE_KEYS, "");
            ZoneId zone = f.zone(root.path("zone"), "zone");
            List<OpeningSpan> spans = f.spans(root.path("weekly"), "weekly");
            List<Closure> closures = f.closures(root, "");
            BusinessHours office = BusinessHours.of(zone, spans).withClosures(closures);
            Map<String, BusinessHours> teams = new LinkedHashMap<>();
            JsonNode t = root.path("teams");
            if (!t.isMissingNode() && !t.isObject()) {
                throw f.fail("'teams' must map team names to their hours");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> team = it.next();
                String at = "teams." + team.getKey() + ".";
                JsonNode node = team.getValue();
                if (!node.isObject()) {
                    throw f.fail("'teams." + team.getKey() + "' must be a mapping (zone, weekly, holidays, closures)");
                }
                f.known(node, TEAM_KEYS, at);
                ZoneId teamZone = node.has("zone") ? f.zone(node.get("zone"), at + "zone") : zone;
                List<OpeningSpan> teamSpans = node.has("weekly") ? f.spans(node.get("weekly"), at + "weekly") : spans;
                List<Closure> teamClosures = node.has("holidays") || node.has("closures") ? f.closures(node, at) : closures;
                try {
                    teams.put(team.getKey(), BusinessHours.of(teamZone, teamSpans).withClosures(teamClosures));
                } catch (IllegalArgumentException e) {
                    throw f.fail("'" + at + "weekly': " + e.getMessage());
                }
            }
            return new TeamHours(office, teams);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(f.name) ? e : f.fail(e.getMessage());
        }
    }

    private void known(JsonNode node, Set<String> keys, String at) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw fail("unknown key '" + at + key + "' (known: " + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
    }

    private List<Closure> closures(JsonNode node, String at) {
        List<Closure> out = new ArrayList<>();
        JsonNode holidays = node.path("holidays");
        if (!holidays.isMissingNode()) {
            if (!holidays.isArray()) {
                throw fail("'" + at + "holidays' must be a list of dates such as 2026-12-25");
            }
            for (JsonNode h : holidays) {
                out.add(Closure.allDay(date(h, at + "holidays")));
            }
        }
        JsonNode closures = node.path("closures");
        if (!closures.isMissingNode()) {
            if (!closures.isArray()) {
                throw fail("'" + at + "closures' must be a list of {date, hours}");
            }
            for (JsonNode c : closures) {
                String where = at + "closures";
                if (!c.isObject() || !c.has("date")) {
                    throw fail("'" + where + "': each closure is {date: 2026-12-24, hours: \"14:00-24:00\"} (hours optional)");
                }
                for (Iterator<String> it = c.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (!key.equals("date") && !key.equals("hours")) {
                        throw fail("unknown key '" + where + "." + key + "' (known: date, hours)");
                    }
                }
                LocalDate date = date(c.get("date"), where);
                if (!c.has("hours")) {
                    out.add(Closure.allDay(date));
                    continue;
                }
                Matcher m = SPAN.matcher(c.get("hours").asText().strip());
                if (!c.get("hours").isTextual() || !m.matches()) {
                    throw fail("'" + where + "' " + date + ": hours must be a span such as \"14:00-24:00\", not '"
                            + c.get("hours").asText() + "'");
                }
                try {
                    out.add(new Closure(date, time(m.group(1), m.group(2)), time(m.group(3), m.group(4))));
                } catch (DateTimeException | IllegalArgumentException e) {
                    throw fail("'" + where + "': " + e.getMessage());
                }
            }
        }
        return out;
    }

    private LocalDate date(JsonNode node, String where) {
        try {
            return LocalDate.parse(node.asText().strip());
        } catch (DateTimeParseException e) {
            throw fail("'" + where + "': '" + node.asText() + "' is not a date such as 2026-12-25");
        }
    }

    private ZoneId zone(JsonNode node, String where) {
        if (!node.isTextual()) {
            throw fail("'" + where + "' must be a time zone name such as Europe/Athens");
        }
        try {
            return ZoneId.of(node.asText());
        } catch (DateTimeException e) {
            throw fail("'" + where + "': unknown time zone '" + node.asText() + "'");
        }
    }

    private List<OpeningSpan> spans(JsonNode weekly, String where) {
        if (!weekly.isObject()) {
            throw fail("'" + where + "' must map days (monday … sunday) to times such as \"08:00-20:00\"");
        }
        List<OpeningSpan> spans = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = weekly.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> day = it.next();
            DayOfWeek d = day(day.getKey(), where);
            JsonNode value = day.getValue();
            if (value.isArray()) {
                value.forEach(v -> spans.add(span(d, v, where)));
            } else if (!(value.isTextual() && value.asText().equalsIgnoreCase("closed"))) {
                spans.add(span(d, value, where));
            }
        }
        return spans;
    }

    private DayOfWeek day(String key, String weekly) {
        try {
            return DayOfWeek.valueOf(key.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail("'" + weekly + "': unknown day '" + key + "' (known: monday … sunday)");
        }
    }

    private OpeningSpan span(DayOfWeek day, JsonNode node, String weekly) {
        Matcher m = SPAN.matcher(node.asText().strip());
        String where = "'" + weekly + "." + day.name().toLowerCase(Locale.ROOT) + "'";
        if (!node.isTextual() || !m.matches()) {
            throw fail(where + ": expected a time span such as \"08:00-20:00\", or closed, not '" + node.asText() + "'");
        }
        try {
            return new OpeningSpan(day, time(m.group(1), m.group(2)), time(m.group(3), m.group(4)));
        } catch (DateTimeException | IllegalArgumentException e) {
            throw fail(where + ": " + e.getMessage());
        }
    }

    static LocalTime time(String hours, String minutes) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        return h == 24 && m == 0 ? LocalTime.MIDNIGHT : LocalTime.of(h, m);
    }

    private IllegalArgumentException fail(String what) {
        return new IllegalArgumentException(name + ": " + what);
    }
}
