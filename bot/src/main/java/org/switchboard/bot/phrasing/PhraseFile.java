package org.switchboard.bot.phrasing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one phrasing file: nested YAML mappings whose dotted paths are {@link Phrase} keys, each
 * holding a text or a list of texts. Reports every problem, prefixed with the file's name.
 */
final class PhraseFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private final String name;
    private final List<String> problems;
    private final Map<Phrase, Object> values = new EnumMap<>(Phrase.class);
    private final Set<Phrase> seen = EnumSet.noneOf(Phrase.class);

    private PhraseFile(String name, List<String> problems) {
        this.name = name;
        this.problems = problems;
    }

    /** The file's phrases (a String or a List of String each), or empty when it has problems, added to {@code problems}. */
    static Optional<Map<Phrase, Object>> read(String name, String yaml, List<String> problems) {
        int before = problems.size();
        PhraseFile file = new PhraseFile(name, problems);
        try {
            JsonNode root = YAML.readTree(yaml);
            if (root == null || !root.isObject()) {
                file.problem("expected a mapping of keys");
            } else {
                file.walk(root, "");
                file.missing();
            }
        } catch (JsonProcessingException e) {
            file.problem("not valid YAML: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
        }
        return problems.size() == before ? Optional.of(file.values) : Optional.empty();
    }

    private void walk(JsonNode node, String prefix) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String key = prefix + field.getKey();
            Optional<Phrase> phrase = phrase(key);
            if (phrase.isPresent()) {
                seen.add(phrase.get());
                leaf(phrase.get(), field.getValue());
            } else if (field.getValue().isObject()) {
                walk(field.getValue(), key + ".");
            } else {
                problem("unknown key '" + key + "'");
            }
        }
    }

    private void leaf(Phrase phrase, JsonNode value) {
        if (!phrase.isList()) {
            text(phrase, value).ifPresent(t -> values.put(phrase, t));
            return;
        }
        if (!value.isArray() || value.isEmpty()) {
            problem("key '" + phrase.key() + "' must be a list of one or more phrases");
            return;
        }
        List<String> list = new ArrayList<>();
        for (JsonNode item : value) {
            text(phrase, item).ifPresent(list::add);
        }
        values.put(phrase, List.copyOf(list));
    }

    private Optional<String> text(Phrase phrase, JsonNode value) {
        if (!value.isTextual() || value.asText().isBlank()) {
            problem("key '" + phrase.key() + "' must be " + (phrase.isList() ? "a list of texts" : "a text")
                    + ", not " + (value.isTextual() ? "blank" : value.getNodeType().toString().toLowerCase())
                    + " (quote values such as yes, no, on, off)");
            return Optional.empty();
        }
        String text = value.asText().strip();
        checkPlaceholders(phrase, text);
        return Optional.of(text);
    }

    private void checkPlaceholders(Phrase phrase, String text) {
        Set<String> used = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            used.add(m.group(1));
        }
        String allowed = phrase.placeholders().isEmpty() ? "none"
                : String.join(", ", phrase.placeholders().stream().map(p -> "{" + p + "}").toList());
        for (String u : used) {
            if (!phrase.placeholders().contains(u)) {
                problem("key '" + phrase.key() + "': unknown placeholder {" + u + "} (allowed: " + allowed + ")");
            }
        }
        for (String p : phrase.placeholders()) {
            if (!used.contains(p)) {
                problem("key '" + phrase.key() + "': missing placeholder {" + p + "}");
            }
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            problem("key '" + phrase.key() + "': a brace that is not a placeholder; placeholders are {lowercase_name}");
        }
    }

    private void missing() {
        for (Phrase p : Phrase.values()) {
            if (!seen.contains(p)) {
                problem("missing key '" + p.key() + "'");
            }
        }
    }

    private static Optional<Phrase> phrase(String key) {
        for (Phrase p : Phrase.values()) {
            if (p.key().equals(key)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private void problem(String what) {
        problems.add(name + ": " + what);
    }
}
