package org.switchboard.server.agent;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.bot.signal.TextFold;
import org.switchboard.faq.Language;

/**
 * Negative phrases an agent should not send ("I don't know", "that's not my job") and a positive
 * way to say each, per language, from {@code config/agent-tone.yaml}. The console checks a reply
 * before sending and shows the suggestion; the agent may send anyway. Matching ignores case and
 * accents and respects word boundaries.
 */
public final class ToneGuard {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** One phrase to avoid and what to say instead. */
    public record Rule(String avoid, String suggest) {
    }

    private final Map<Language, List<Rule>> rules;

    private ToneGuard(Map<Language, List<Rule>> rules) {
        this.rules = rules;
    }

    public static ToneGuard load(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": expected a mapping of language codes to lists of {avoid, suggest}");
        }
        Map<Language, List<Rule>> rules = new EnumMap<>(Language.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Language language = Language.find(e.getKey()).filter(l -> l.code().equals(e.getKey()))
                    .orElseThrow(() -> new IllegalArgumentException(file + ": " + e.getKey() + ": unknown language; supported: "
                            + Language.supportedCodes()));
            if (!e.getValue().isArray()) {
                throw new IllegalArgumentException(file + ": " + e.getKey() + ": must be a list of {avoid, suggest}");
            }
            List<Rule> list = new ArrayList<>();
            int i = 0;
            for (JsonNode r : e.getValue()) {
                String where = file + ": " + e.getKey() + "[" + i++ + "]";
                if (!r.path("avoid").isTextual() || r.path("avoid").asText().isBlank()
                        || !r.path("suggest").isTextual() || r.path("suggest").asText().isBlank() || r.size() != 2) {
                    throw new IllegalArgumentException(where + ": needs exactly 'avoid' and 'suggest' texts");
                }
                list.add(new Rule(r.get("avoid").asText(), r.get("suggest").asText()));
            }
            rules.put(language, List.copyOf(list));
        }
        for (Language l : Language.values()) {
            if (!rules.containsKey(l)) {
                throw new IllegalArgumentException(file + ": no phrases for '" + l.code() + "'");
            }
        }
        return new ToneGuard(rules);
    }

    /** The rules per language code, for the console. */
    public Map<String, List<Rule>> byLanguage() {
        Map<String, List<Rule>> out = new java.util.LinkedHashMap<>();
        rules.forEach((l, r) -> out.put(l.code(), r));
        return out;
    }

    /** The first phrase to avoid in {@code reply}, in any language (agents mix them), and its suggestion. */
    public Optional<Rule> check(String reply) {
        String t = " " + TextFold.fold(reply) + " ";
        return rules.values().stream().flatMap(List::stream)
                .filter(r -> t.contains(" " + TextFold.fold(r.avoid()) + " ")).findFirst();
    }
}
