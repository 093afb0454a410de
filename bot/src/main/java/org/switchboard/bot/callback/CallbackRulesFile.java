package org.switchboard.bot.callback;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code callbacks.yaml}:
 *
 * <pre>
 * slot_minutes: 30
 * calls_per_agent: 1
 * service_level_hours: 10
 * min_notice_minutes: 30
 * book_ahead_days: 14
 * offer_slots: 6
 * teams:
 *   support:
 *     slot_minutes: 20                 # any of the keys above, for this team only
 *     rota:
 *       - agents: [ana, ben]
 *         days: [monday, tuesday, wednesday, thursday, friday]   # or "monday-friday"
 *         hours: "08:00-14:00"
 * </pre>
 */
final class CallbackRulesFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern SPAN = Pattern.compile("(\\d{2}):(\\d{2})\\s*-\\s*(\\d{2}):(\\d{2})");
    private static final List<String> SETTINGS = List.of("slot_minutes", "calls_per_agent", "service_level_hours",
            "min_notice_minutes", "book_ahead_days", "offer_slots");

    private final String name;

    private CallbackRulesFile(String name) {
        this.name = name;
    }

    static CallbackRules load(Path file) {
        CallbackRulesFile f = new CallbackRulesFile(file.toString());
        if (!java.nio.file.Files.exists(file)) {
            return CallbackRules.standard(); // a configuration from before call backs: nobody on a rota, a person agrees the time
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw f.fail("cannot read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return CallbackRules.standard();
        }
        if (!root.isObject()) {
            throw f.fail("expected a mapping (" + String.join(", ", SETTINGS) + ", teams, keeping)");
        }
        List<String> known = new ArrayList<>(SETTINGS);
        known.add("teams");
        // keeping the appointment (reminders, escalation, service levels): read by the server
        known.add("keeping");
        f.known(root, known, "");
        CallbackRules.Settings defaults = f.settings(root, CallbackRules.standard().defaults(), "");
        Map<String, CallbackRules.Settings> teams = new LinkedHashMap<>();
        JsonNode t = root.path("teams");
        if (!t.isMissingNode() && !t.isObject()) {
            throw f.fail("'teams' must map team names to their settings and rota");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> team = it.next();
            String at = "teams." + team.getKey() + ".";
            if (!team.getValue().isObject()) {
                throw f.fail("'teams." + team.getKey() + "' must be a mapping");
            }
            List<String> teamKeys = new ArrayList<>(SETTINGS);
            teamKeys.add("rota");
            f.known(team.getValue(), teamKeys, at);
            CallbackRules.Settings s = f.settings(team.getValue(), defaults, at);
            teams.put(team.getKey(), new CallbackRules.Settings(s.slotLength(), s.callsPerAgent(), s.serviceLevel(),
                    s.minNotice(), s.bookAhead(), s.offerCount(), f.rota(team.getValue().path("rota"), at + "rota")));
        }
        return new CallbackRules(defaults, teams);
    }

    private CallbackRules.Settings settings(JsonNode node, CallbackRules.Settings base, String at) {
        Duration slot = node.has("slot_minutes") ? Duration.ofMinutes(number(node, "slot_minutes", 5, 240, at)) : base.slotLength();
        int calls = node.has("calls_per_agent") ? number(node, "calls_per_agent", 1, 20, at) : base.callsPerAgent();
        ServiceLevel level = node.has("service_level_hours")
                ? new ServiceLevel(Duration.ofHours(number(node, "service_level_hours", 1, 1000, at))) : base.serviceLevel();
        Duration notice = node.has("min_notice_minutes")
                ? Duration.ofMinutes(number(node, "min_notice_minutes", 0, 7 * 24 * 60, at)) : base.minNotice();
        Duration ahead = node.has("book_ahead_days") ? Duration.ofDays(number(node, "book_ahead_days", 1, 90, at)) : base.bookAhead();
        int offer = node.has("offer_slots") ? number(node, "offer_slots", 1, 12, at) : base.offerCount();
        if (notice.compareTo(ahead) >= 0) {
            throw fail("'" + at + "min_notice_minutes' must be shorter than 'book_ahead_days'");
        }
        return new CallbackRules.Settings(slot, calls, level, notice, ahead, offer, base.rota());
    }

    private Rota rota(JsonNode node, String at) {
        if (node.isMissingNode() || node.isNull()) {
            return Rota.empty();
        }
        if (!node.isArray()) {
            throw fail("'" + at + "' must be a list of {agents, days, hours}");
        }
        List<Shift> shifts = new ArrayList<>();
        int i = 0;
        for (JsonNode entry : node) {
            String where = at + "[" + i++ + "]";
            if (!entry.isObject()) {
                throw fail("'" + where + "' must be {agents: [ana], days: [monday], hours: \"08:00-14:00\"}");
            }
            known(entry, List.of("agents", "days", "hours"), where + ".");
            List<String> agents = new ArrayList<>();
            JsonNode a = entry.path("agents");
            if (a.isTextual()) {
                agents.add(a.asText());
            } else if (a.isArray() && !a.isEmpty()) {
                a.forEach(x -> agents.add(x.asText()));
            } else {
                throw fail("'" + where + ".agents' must list staff logins, e.g. [ana, ben]");
            }
            Set<DayOfWeek> days = days(entry.path("days"), where + ".days");
            JsonNode h = entry.path("hours");
            Matcher m = SPAN.matcher(h.asText().strip());
            if (!h.isTextual() || !m.matches()) {
                throw fail("'" + where + ".hours' must be a span such as \"08:00-14:00\", not '" + h.asText() + "'");
            }
            try {
                LocalTime start = time(m.group(1), m.group(2));
                LocalTime end = time(m.group(3), m.group(4));
                for (DayOfWeek d : days) {
                    for (String agent : agents) {
                        shifts.add(new Shift(d, start, end, agent));
                    }
                }
            } catch (RuntimeException e) {
                throw fail("'" + where + "': " + e.getMessage());
            }
        }
        try {
            return new Rota(shifts);
        } catch (IllegalArgumentException e) {
            throw fail("'" + at + "': " + e.getMessage());
        }
    }

    private Set<DayOfWeek> days(JsonNode node, String where) {
        Set<DayOfWeek> days = new TreeSet<>();
        List<String> words = new ArrayList<>();
        if (node.isTextual()) {
            words.add(node.asText());
        } else if (node.isArray() && !node.isEmpty()) {
            node.forEach(x -> words.add(x.asText()));
        } else {
            throw fail("'" + where + "' must list days, e.g. [monday, tuesday] or \"monday-friday\"");
        }
        for (String w : words) {
            String[] range = w.strip().toLowerCase(Locale.ROOT).split("\\s*-\\s*");
            DayOfWeek from = day(range[0], where);
            DayOfWeek to = range.length > 1 ? day(range[1], where) : from;
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) {
                    break;
                }
            }
        }
        return days;
    }

    private DayOfWeek day(String word, String where) {
        try {
            return DayOfWeek.valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail("'" + where + "': unknown day '" + word + "' (known: monday … sunday)");
        }
    }

    private int number(JsonNode node, String key, int min, int max, String at) {
        JsonNode v = node.get(key);
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw fail("'" + at + key + "' must be a whole number " + min + ".." + max + ", not '" + v.asText() + "'");
        }
        return v.asInt();
    }

    private void known(JsonNode node, List<String> keys, String at) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw fail("unknown key '" + at + key + "' (known: " + String.join(", ", keys) + ")");
            }
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
