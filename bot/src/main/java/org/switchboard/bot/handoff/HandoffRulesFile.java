package org.switchboard.bot.handoff;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.switchboard.faq.Language;

/**
 * Reads {@code handoff.yaml}; every key is optional except a rule's {@code name} and
 * {@code team}; unknown keys are refused. Errors name the file and the key.
 */
final class HandoffRulesFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> TOP = Set.of("default_team", "on_frustration", "not_helpful_in_a_row",
            "clarify_before_handoff", "teams", "team_names", "offer_callback_after_minutes");
    private static final Set<String> RULE = Set.of("name", "team", "always_person", "tags", "words");

    private final String file;

    private HandoffRulesFile(String file) {
        this.file = file;
    }

    static HandoffRules read(Path path) {
        HandoffRulesFile f = new HandoffRulesFile(path.toString());
        JsonNode root;
        try {
            root = YAML.readTree(path.toFile());
        } catch (IOException e) {
            throw f.fail("", "cannot read: " + e.getMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return HandoffRules.defaults();
        }
        try {
            return f.rules(root);
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(f.file) ? e : f.fail("", e.getMessage());
        }
    }

    private HandoffRules rules(JsonNode root) {
        known(root, TOP, "");
        HandoffRules d = HandoffRules.defaults();
        String team = text(root, "default_team", d.defaultTeam(), "default_team");
        String frustration = text(root, "on_frustration", "handoff", "on_frustration");
        HandoffRules.OnFrustration on;
        try {
            on = HandoffRules.OnFrustration.valueOf(frustration.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw fail("on_frustration", "must be handoff or apologise, not '" + frustration + "'");
        }
        int nos = root.has("not_helpful_in_a_row") ? integer(root.get("not_helpful_in_a_row"), "not_helpful_in_a_row")
                : d.notHelpfulInARow();
        boolean clarify = bool(root, "clarify_before_handoff", d.clarifyBeforeHandoff(), "clarify_before_handoff");
        List<TeamRule> teams = new ArrayList<>();
        JsonNode list = root.path("teams");
        if (!list.isMissingNode() && !list.isNull()) {
            if (!list.isArray()) {
                throw fail("teams", "must be a list of rules");
            }
            for (int i = 0; i < list.size(); i++) {
                teams.add(rule(list.get(i), "teams[" + i + "]"));
            }
        }
        Map<String, Map<Language, String>> names = new java.util.HashMap<>();
        JsonNode n = root.path("team_names");
        if (!n.isMissingNode() && !n.isNull()) {
            if (!n.isObject()) {
                throw fail("team_names", "must map each team to its name per language");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String where = "team_names." + e.getKey();
                if (!e.getValue().isObject()) {
                    throw fail(where, "must map language codes (en, vi, el, tl, ar) to names");
                }
                Map<Language, String> byLanguage = new EnumMap<>(Language.class);
                for (Iterator<Map.Entry<String, JsonNode>> l = e.getValue().fields(); l.hasNext(); ) {
                    Map.Entry<String, JsonNode> name = l.next();
                    Language language = Language.find(name.getKey()).filter(x -> x.code().equals(name.getKey()))
                            .orElseThrow(() -> fail(where + "." + name.getKey(), "unknown language; supported: " + Language.supportedCodes()));
                    byLanguage.put(language, text(e.getValue(), name.getKey(), null, where + "." + name.getKey()));
                }
                names.put(e.getKey(), byLanguage);
            }
        }
        try {
            int callbackAfter = root.has("offer_callback_after_minutes")
                    ? integer(root.get("offer_callback_after_minutes"), "offer_callback_after_minutes")
                    : (int) HandoffRules.DEFAULT_CALLBACK_AFTER.toMinutes();
            return new HandoffRules(team, on, nos, clarify, teams, names, java.time.Duration.ofMinutes(callbackAfter));
        } catch (IllegalArgumentException e) {
            throw fail("", e.getMessage());
        }
    }

    private TeamRule rule(JsonNode node, String where) {
        if (!node.isObject()) {
            throw fail(where, "must be a mapping with name, team and tags or words");
        }
        known(node, RULE, where + ".");
        String name = text(node, "name", null, where + ".name");
        String team = text(node, "team", null, where + ".team");
        if (name == null || team == null) {
            throw fail(where, "needs 'name' and 'team'");
        }
        boolean always = bool(node, "always_person", false, where + ".always_person");
        Set<String> tags = new LinkedHashSet<>();
        for (String t : strings(node.path("tags"), where + ".tags")) {
            tags.add(t.toLowerCase(Locale.ROOT));
        }
        Map<Language, List<String>> words = new EnumMap<>(Language.class);
        JsonNode w = node.path("words");
        if (!w.isMissingNode() && !w.isNull()) {
            if (!w.isObject()) {
                throw fail(where + ".words", "must map language codes (en, vi, el, tl, ar) to lists of words");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Language language = Language.find(e.getKey()).filter(l -> l.code().equals(e.getKey()))
                        .orElseThrow(() -> fail(where + ".words." + e.getKey(), "unknown language; supported: " + Language.supportedCodes()));
                words.put(language, strings(e.getValue(), where + ".words." + e.getKey()));
            }
        }
        try {
            return new TeamRule(name, team, always, tags, words);
        } catch (IllegalArgumentException e) {
            throw fail(where, e.getMessage());
        }
    }

    private void known(JsonNode node, Set<String> keys, String prefix) {
        if (!node.isObject()) {
            throw fail(prefix, "expected a mapping");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!keys.contains(key)) {
                throw fail(prefix + key, "unknown key (known: " + String.join(", ", keys.stream().sorted().toList()) + ")");
            }
        }
    }

    private String text(JsonNode node, String key, String fallback, String where) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw fail(where, "must be non-empty text");
        }
        return v.asText().strip();
    }

    private boolean bool(JsonNode node, String key, boolean fallback, String where) {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw fail(where, "must be true or false");
        }
        return v.booleanValue();
    }

    private int integer(JsonNode v, String where) {
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw fail(where, "must be a whole number");
        }
        return v.intValue();
    }

    private List<String> strings(JsonNode v, String where) {
        if (v.isMissingNode() || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw fail(where, "must be a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw fail(where, "must hold non-empty texts");
            }
            out.add(item.asText());
        }
        return out;
    }

    private IllegalArgumentException fail(String key, String reason) {
        return new IllegalArgumentException(file + (key.isEmpty() ? "" : ": " + key) + ": " + reason);
    }
}
