package org.switchboard.server.widget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Texts from the repository's {@code config/}: what the bot says ({@code phrasing/<lang>.yaml})
 * and the widget's own labels ({@code widget/<lang>.yaml}), so the tests follow the files
 * instead of repeating their words.
 */
final class ConfigTexts {
    static final Path CONFIG = Path.of("..", "config");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private ConfigTexts() {
    }

    /** A bot phrase by its dotted key, e.g. {@code helpful.ask}, with its {placeholders} unfilled. */
    static String phrase(String language, String key) {
        JsonNode node = read(CONFIG.resolve("phrasing").resolve(language + ".yaml"));
        for (String part : key.split("\\.")) {
            node = node.path(part);
        }
        if (!node.isTextual()) {
            throw new AssertionError("phrasing/" + language + ".yaml has no text at " + key);
        }
        return node.asText();
    }

    /** A bot phrase with its placeholders filled in. */
    static String phrase(String language, String key, Map<String, String> values) {
        String text = phrase(language, key);
        for (Map.Entry<String, String> v : values.entrySet()) {
            text = text.replace("{" + v.getKey() + "}", v.getValue());
        }
        return text;
    }

    /** The text of a phrase before its first placeholder, e.g. the greeting before the bot's name. */
    static String phraseStart(String language, String key) {
        String text = phrase(language, key);
        int brace = text.indexOf('{');
        return brace < 0 ? text : text.substring(0, brace);
    }

    /** A widget label from {@code config/widget/<lang>.yaml}. */
    static String label(String language, String key) {
        JsonNode node = read(CONFIG.resolve("widget").resolve(language + ".yaml")).path(key);
        if (!node.isTextual()) {
            throw new AssertionError("widget/" + language + ".yaml has no " + key);
        }
        return node.asText();
    }

    static JsonNode read(Path file) {
        try {
            return YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }
}
