package org.switchboard.server.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/**
 * What an editor edits: the {@link FaqEntry} the bot would serve plus the editorial fields
 * {@code owner} and {@code review_by}, which are versioned with it but never reach the bot. Read
 * from and written to the contract's JSON ({@code "content"}); every mistake is an
 * {@link IllegalArgumentException} naming the field, e.g. {@code content.review_by: "2027-13-01"
 * is not a date (YYYY-MM-DD)}. Immutable.
 *
 * @param entry    the entry as the bot serves it
 * @param owner    who keeps the entry up to date (free text, usually a login), or null
 * @param reviewBy when the entry must be checked again, or null
 */
public record EntryContent(FaqEntry entry, String owner, LocalDate reviewBy) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> FIELDS = Set.of("id", "language", "question", "alternates", "answer", "tags",
            "follow_ups", "translations", "owner", "review_by");
    private static final Set<String> TRANSLATION_FIELDS = Set.of("question", "alternates", "answer");

    public EntryContent {
        Objects.requireNonNull(entry, "entry");
        owner = owner == null || owner.isBlank() ? null : owner.strip();
    }

    /** The entry's id. */
    public String id() {
        return entry.id();
    }

    /** {@code tags[0]}, or null. */
    public String category() {
        return entry.tags().isEmpty() ? null : entry.tags().get(0);
    }

    /** The same editorial fields around another entry. */
    EntryContent with(FaqEntry other) {
        return new EntryContent(other, owner, reviewBy);
    }

    /** Parses the contract's JSON object. */
    public static EntryContent fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("content: a JSON object with id, language, question and answer is needed");
        }
        unknown(node, FIELDS, "content");
        String id = text(node, "id", true);
        String languageCode = text(node, "language", true);
        Language language = Language.find(languageCode).orElseThrow(() -> new IllegalArgumentException(
                "content.language: unsupported language '" + languageCode + "'; supported: " + Language.supportedCodes()));
        Map<Language, FaqEntry.Translation> translations = new LinkedHashMap<>();
        JsonNode t = node.get("translations");
        if (t != null && !t.isNull()) {
            if (!t.isObject()) {
                throw new IllegalArgumentException("content.translations: an object keyed by language is needed");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String where = "content.translations." + e.getKey();
                Language l = Language.find(e.getKey()).orElseThrow(() -> new IllegalArgumentException(
                        where + ": unsupported language; supported: " + Language.supportedCodes()));
                JsonNode tr = e.getValue();
                if (tr == null || !tr.isObject()) {
                    throw new IllegalArgumentException(where + ": an object with question, alternates and answer is needed");
                }
                unknown(tr, TRANSLATION_FIELDS, where);
                String question = required(text(tr, "question", false), where + ".question");
                String answer = required(text(tr, "answer", false), where + ".answer");
                translations.put(l, new FaqEntry.Translation(question, strings(tr, "alternates", where), answer));
            }
        }
        String question = required(text(node, "question", false), "content.question");
        String answer = required(text(node, "answer", false), "content.answer");
        List<String> alternates = strings(node, "alternates", "content");
        List<String> tags = strings(node, "tags", "content");
        List<String> followUps = strings(node, "follow_ups", "content");
        FaqEntry entry;
        try {
            entry = new FaqEntry(id, language, question, alternates, answer, tags, followUps, translations);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("content: " + e.getMessage(), e);
        }
        String review = text(node, "review_by", false);
        LocalDate reviewBy = null;
        if (review != null && !review.isBlank()) {
            try {
                reviewBy = LocalDate.parse(review.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("content.review_by: \"" + review + "\" is not a date (YYYY-MM-DD)");
            }
        }
        return new EntryContent(entry, text(node, "owner", false), reviewBy);
    }

    /** Parses the JSON text stored in {@code faq_entry_version.content}. */
    static EntryContent parse(String json) {
        try {
            return fromJson(JSON.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored FAQ content is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The contract's JSON object, fields in the contract's order. */
    public Map<String, Object> toJson() {
        Map<String, Object> out = entryJson(entry);
        out.put("owner", owner);
        out.put("review_by", reviewBy == null ? null : reviewBy.toString());
        return out;
    }

    /** The entry's part of the JSON (without the editorial fields). */
    static Map<String, Object> entryJson(FaqEntry entry) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", entry.id());
        out.put("language", entry.language().code());
        out.put("question", entry.question());
        out.put("alternates", entry.alternates());
        out.put("answer", entry.answer());
        out.put("tags", entry.tags());
        out.put("follow_ups", entry.followUps());
        Map<String, Object> translations = new LinkedHashMap<>();
        entry.translations().forEach((l, t) -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("question", t.question());
            one.put("alternates", t.alternates());
            one.put("answer", t.answer());
            translations.put(l.code(), one);
        });
        out.put("translations", translations);
        return out;
    }

    /** The JSON text stored in the database. */
    String json() {
        try {
            return JSON.writeValueAsString(toJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void unknown(JsonNode node, Set<String> known, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException(where + ": unknown field \"" + name + "\" (known: "
                        + String.join(", ", new java.util.TreeSet<>(known)) + ")");
            }
        }
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new IllegalArgumentException("content." + field + " is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("content." + field + " must be a string");
        }
        return v.textValue();
    }

    private static String required(String value, String where) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(where + " is empty");
        }
        return value;
    }

    private static List<String> strings(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(where + "." + field + " must be a list of strings");
        }
        int i = 0;
        for (JsonNode item : v) {
            if (!item.isTextual() || item.textValue().isBlank()) {
                throw new IllegalArgumentException(where + "." + field + "[" + i + "] must be a non-empty string");
            }
            out.add(item.textValue().strip());
            i++;
        }
        return out;
    }
}
