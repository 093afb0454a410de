package org.switchboard.server.editor.quality;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/**
 * Reads the editor's entry JSON ("content" in docs/faq-editor-api.md) into a {@link FaqEntry}:
 * the entry's fields plus {@code owner} and {@code review_by}, which are checked and otherwise
 * not needed here. Every mistake is an {@link IllegalArgumentException} naming the field, e.g.
 * {@code content.translations.vi.answer: is empty}. (The library's own reader is on another branch;
 * the two are to be unified.)
 */
final class EntryJson {
    private static final Set<String> FIELDS = Set.of("id", "language", "question", "alternates", "answer", "tags",
            "follow_ups", "translations", "owner", "review_by");
    private static final Set<String> TRANSLATION_FIELDS = Set.of("question", "alternates", "answer");

    private EntryJson() {
    }

    static FaqEntry read(JsonNode content, String where) {
        object(content, where, FIELDS);
        String id = text(content, where, "id", true);
        Language language = language(text(content, where, "language", true), where + ".language");
        optionalText(content, where, "owner");
        String reviewBy = optionalText(content, where, "review_by");
        if (reviewBy != null) {
            try {
                LocalDate.parse(reviewBy);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(where + ".review_by: '" + reviewBy + "' is not a date like 2027-01-31");
            }
        }
        Map<Language, FaqEntry.Translation> translations = new LinkedHashMap<>();
        JsonNode t = content.get("translations");
        if (t != null && !t.isNull()) {
            object(t, where + ".translations", null);
            for (Iterator<Map.Entry<String, JsonNode>> it = t.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = where + ".translations." + e.getKey();
                Language l = language(e.getKey(), at);
                object(e.getValue(), at, TRANSLATION_FIELDS);
                String q = text(e.getValue(), at, "question", true);
                List<String> alternates = strings(e.getValue(), at, "alternates");
                String a = text(e.getValue(), at, "answer", true);
                translations.put(l, build(at, () -> new FaqEntry.Translation(q, alternates, a)));
            }
        }
        String question = text(content, where, "question", true);
        String answer = text(content, where, "answer", true);
        List<String> alternates = strings(content, where, "alternates");
        List<String> tags = strings(content, where, "tags");
        List<String> followUps = strings(content, where, "follow_ups");
        return build(where, () -> new FaqEntry(id, language, question, alternates, answer, tags, followUps, translations));
    }

    private static <T> T build(String where, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }

    private static void object(JsonNode node, String where, Set<String> known) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where + ": must be a JSON object");
        }
        if (known == null) {
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException(where + ": unknown field \"" + name + "\" (known: "
                        + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private static Language language(String code, String where) {
        return Language.find(code).orElseThrow(() -> new IllegalArgumentException(where + ": unsupported language '"
                + code + "'; supported: " + Language.supportedCodes()));
    }

    private static String text(JsonNode node, String where, String field, boolean required) {
        String value = optionalText(node, where, field);
        if (required && (value == null || value.isBlank())) {
            throw new IllegalArgumentException(where + "." + field + ": is required");
        }
        return value;
    }

    private static String optionalText(JsonNode node, String where, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(where + "." + field + ": must be a string");
        }
        return v.textValue();
    }

    private static List<String> strings(JsonNode node, String where, String field) {
        JsonNode v = node.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(where + "." + field + ": must be a list of strings");
        }
        int i = 0;
        for (JsonNode item : v) {
            if (!item.isTextual() || item.textValue().isBlank()) {
                throw new IllegalArgumentException(where + "." + field + "[" + i + "]: must be a non-empty string");
            }
            out.add(item.textValue().strip());
            i++;
        }
        return out;
    }
}
