package org.switchboard.server.chat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.switchboard.faq.Language;

/**
 * The widget's own texts (button names, placeholder, …) per language, from
 * {@code config/widget/<lang>.yaml}: flat maps of key to text, the same keys in every language
 * (English's set is the reference). Sent to the widget in the {@code welcome} frame, so no
 * language's wording lives in the widget's code.
 */
public final class WidgetLabels {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Map<Language, Map<String, String>> byLanguage;

    private WidgetLabels(Map<Language, Map<String, String>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /**
     * Reads one file per supported language from {@code dir}.
     *
     * @throws IllegalArgumentException naming the file and key when a file is missing, is not a
     *                                  flat map of texts, or its keys differ from English's
     */
    public static WidgetLabels load(Path dir) {
        Map<Language, Map<String, String>> all = new EnumMap<>(Language.class);
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no such directory (the widget's texts, one <lang>.yaml per language)");
        }
        for (Language language : Language.values()) {
            all.put(language, read(dir.resolve(language.code() + ".yaml")));
        }
        Set<String> reference = all.get(Language.ENGLISH).keySet();
        for (Map.Entry<Language, Map<String, String>> e : all.entrySet()) {
            Set<String> missing = new TreeSet<>(reference);
            missing.removeAll(e.getValue().keySet());
            Set<String> extra = new TreeSet<>(e.getValue().keySet());
            extra.removeAll(reference);
            if (!missing.isEmpty() || !extra.isEmpty()) {
                throw new IllegalArgumentException(dir.resolve(e.getKey().code() + ".yaml")
                        + (missing.isEmpty() ? "" : ": missing " + missing) + (extra.isEmpty() ? "" : ": unknown " + extra)
                        + " (the keys must be those of en.yaml)");
            }
        }
        return new WidgetLabels(all);
    }

    /** The texts in {@code language}. */
    public Map<String, String> in(Language language) {
        return byLanguage.get(language);
    }

    private static Map<String, String> read(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the widget's texts: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            throw new IllegalArgumentException(file + ": expected a mapping of key: \"text\"");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!field.getValue().isTextual() || field.getValue().asText().isBlank()) {
                throw new IllegalArgumentException(file + ": " + field.getKey() + ": expected non-empty text");
            }
            texts.put(field.getKey(), field.getValue().asText());
        }
        return Map.copyOf(texts);
    }
}
