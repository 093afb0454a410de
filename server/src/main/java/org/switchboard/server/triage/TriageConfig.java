package org.switchboard.server.triage;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The triage desk's settings, {@code config/triage.yaml} (config/README.md, docs/triage.md):
 *
 * <pre>
 * targets: {complaint: 1h, all: 10h}   # answer within; 1m..30d
 * amber_at: 0.5                        # the clock turns amber at this share of the target, red past it
 * reply_contact: "billing@example.com" # fills {contact} in the holding replies
 * directory:                           # who a mention can be escalated to
 *   - {id: billing_lead, name: "Billing lead", contact: "billing-lead@example.com"}
 * holding_replies:                     # en, vi, el, tl, ar all required
 *   en: {text: "We're sorry … {contact}.", faq: "This may help:"}
 * </pre>
 *
 * Unknown keys, missing languages and bad values are refused, naming the file and the key.
 */
public record TriageConfig(ResponseTargets targets, Directory directory, HoldingReplies replies) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*(m|h|d)");
    private static final Duration MAX_TARGET = Duration.ofDays(30);

    public TriageConfig {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(replies, "replies");
    }

    /**
     * Reads the file.
     *
     * @throws IllegalArgumentException naming the file and the key that is wrong, or a missing file
     */
    public static TriageConfig load(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(name + ": missing (the triage desk's targets, directory and holding replies)");
        }
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new IllegalArgumentException(name + ": not valid YAML: " + e.getMessage(), e);
        }
        return parse(root, name);
    }

    static TriageConfig parse(JsonNode root, String name) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(name + ": expected a mapping with targets, amber_at, reply_contact, directory,"
                    + " holding_replies");
        }
        keys(root, name, "", Set.of("targets", "amber_at", "reply_contact", "directory", "holding_replies"));
        JsonNode t = required(root, name, "targets");
        keys(t, name, "targets.", Set.of("complaint", "all"));
        Duration complaint = duration(required(t, name, "targets.complaint"), name, "targets.complaint");
        Duration all = duration(required(t, name, "targets.all"), name, "targets.all");
        double amber = 0.5;
        if (root.has("amber_at")) {
            JsonNode a = root.get("amber_at");
            if (!a.isNumber() || a.asDouble() <= 0 || a.asDouble() >= 1) {
                throw new IllegalArgumentException(name + ": 'amber_at' must be a number between 0 and 1 (exclusive)");
            }
            amber = a.asDouble();
        }
        String contact = text(required(root, name, "reply_contact"), name, "reply_contact");
        List<Directory.Contact> contacts = new ArrayList<>();
        JsonNode d = required(root, name, "directory");
        if (!d.isArray() || d.isEmpty()) {
            throw new IllegalArgumentException(name + ": 'directory' must be a list of {id, name, contact}");
        }
        Set<String> ids = new java.util.HashSet<>();
        for (int i = 0; i < d.size(); i++) {
            String key = "directory[" + i + "]";
            JsonNode c = d.get(i);
            if (!c.isObject()) {
                throw new IllegalArgumentException(name + ": '" + key + "' must be a mapping {id, name, contact}");
            }
            keys(c, name, key + ".", Set.of("id", "name", "contact"));
            String id = text(required(c, name, key + ".id"), name, key + ".id");
            if (!id.matches("[a-z0-9_-]{1,40}")) {
                throw new IllegalArgumentException(name + ": '" + key + ".id' must be 1..40 of a-z, 0-9, _ and -");
            }
            if (!ids.add(id)) {
                throw new IllegalArgumentException(name + ": '" + key + ".id' repeats '" + id + "'");
            }
            contacts.add(new Directory.Contact(id, text(required(c, name, key + ".name"), name, key + ".name"),
                    text(required(c, name, key + ".contact"), name, key + ".contact")));
        }
        JsonNode h = required(root, name, "holding_replies");
        keys(h, name, "holding_replies.", HoldingReplies.LANGUAGES);
        Map<String, HoldingReplies.Template> templates = new LinkedHashMap<>();
        for (String lang : HoldingReplies.LANGUAGES) {
            String key = "holding_replies." + lang;
            JsonNode l = required(h, name, key);
            keys(l, name, key + ".", Set.of("text", "faq"));
            templates.put(lang, new HoldingReplies.Template(text(required(l, name, key + ".text"), name, key + ".text"),
                    text(required(l, name, key + ".faq"), name, key + ".faq")));
        }
        return new TriageConfig(new ResponseTargets(complaint, all, amber), new Directory(contacts),
                new HoldingReplies(templates, contact));
    }

    private static void keys(JsonNode node, String file, String prefix, Set<String> known) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(file + ": '" + (prefix.isEmpty() ? "(top)" : prefix.substring(0, prefix.length() - 1))
                    + "' must be a mapping");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) {
                throw new IllegalArgumentException(file + ": unknown key '" + prefix + k + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    private static JsonNode required(JsonNode node, String file, String key) {
        JsonNode v = node.get(key.substring(key.lastIndexOf('.') + 1));
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(file + ": missing key '" + key + "'");
        }
        return v;
    }

    private static String text(JsonNode v, String file, String key) {
        if (!v.isTextual() || v.asText().isBlank()) {
            throw new IllegalArgumentException(file + ": '" + key + "' must be non-empty text");
        }
        return v.asText().strip();
    }

    private static Duration duration(JsonNode v, String file, String key) {
        Matcher m = v.isTextual() ? DURATION.matcher(v.asText().strip()) : null;
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException(file + ": '" + key + "' must be a duration such as 45m, 1h or 2d");
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (d.isZero() || d.compareTo(MAX_TARGET) > 0) {
            throw new IllegalArgumentException(file + ": '" + key + "' must be between 1m and 30d");
        }
        return d;
    }
}
