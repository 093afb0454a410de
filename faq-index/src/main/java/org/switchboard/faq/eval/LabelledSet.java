package org.switchboard.faq.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

/**
 * Reads labelled questions from JSON lines: {@code {"question": "...", "faq_id": "id" | null,
 * "language": "vi"}} ({@code language} optional; {@code faq_id} null or absent for out of scope).
 * Blank lines are skipped; anything else malformed fails naming the file and line.
 */
public final class LabelledSet {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("question", "faq_id", "language");

    private LabelledSet() {
    }

    public static List<LabelledQuestion> read(Path file) throws IOException, FaqFormatException {
        List<LabelledQuestion> out = new ArrayList<>();
        String name = file.toString();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    out.add(parse(name, n, line));
                }
            }
        }
        if (out.isEmpty()) {
            throw new FaqFormatException(name, 0, "no labelled questions");
        }
        return out;
    }

    private static LabelledQuestion parse(String name, long n, String line) throws FaqFormatException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new FaqFormatException(name, n, "not a JSON object: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new FaqFormatException(name, n, "not a JSON object");
        }
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!KEYS.contains(k)) {
                throw new FaqFormatException(name, n, "unknown key '" + k + "' (expected question, faq_id, language)");
            }
        }
        JsonNode q = node.get("question");
        if (q == null || !q.isTextual() || q.asText().isBlank()) {
            throw new FaqFormatException(name, n, "'question' must be a non-empty string");
        }
        JsonNode id = node.get("faq_id");
        if (id != null && !id.isNull() && !id.isTextual()) {
            throw new FaqFormatException(name, n, "'faq_id' must be a string, or null for out of scope");
        }
        String expected = id == null || id.isNull() || id.asText().isEmpty() ? null : id.asText();
        JsonNode lang = node.get("language");
        Language language = null;
        if (lang != null && !lang.isNull()) {
            language = Language.find(lang.asText()).orElseThrow(() -> new FaqFormatException(name, n,
                    "unsupported language '" + lang.asText() + "'; supported: " + Language.supportedCodes()));
        }
        return new LabelledQuestion(q.asText(), expected, language);
    }
}
