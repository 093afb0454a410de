package org.switchboard.server.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code config/widget/<lang>.yaml} and the widget agree: the same keys in every language, the
 * same {placeholders}, every key the script asks for exists, and the script's English fallback
 * is word for word {@code en.yaml}.
 */
class WidgetLabelsTest {
    private static final List<String> LANGUAGES = List.of("en", "vi", "el", "tl", "ar");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final Pattern FALLBACK = Pattern.compile("var EN = \\{(.*?)\\};", Pattern.DOTALL);
    private static final Pattern ENTRY = Pattern.compile("(\\w+): '((?:[^'\\\\]|\\\\.)*)'");
    private static final Pattern LOOKUP = Pattern.compile("\\bt\\('(\\w+)'");

    @Test
    void everyLanguageHasTheKeysAndPlaceholdersOfEnglish() throws IOException {
        Map<String, String> english = labels("en");
        try (Stream<Path> files = Files.list(ConfigTexts.CONFIG.resolve("widget"))) {
            assertEquals(new TreeSet<>(LANGUAGES.stream().map(l -> l + ".yaml").toList()),
                    new TreeSet<>(files.map(f -> f.getFileName().toString()).toList()));
        }
        for (String language : LANGUAGES) {
            Map<String, String> labels = labels(language);
            assertEquals(english.keySet(), labels.keySet(), "widget/" + language + ".yaml keys");
            for (String key : english.keySet()) {
                assertEquals(placeholders(english.get(key)), placeholders(labels.get(key)), "widget/" + language + ".yaml: " + key);
                assertTrue(!labels.get(key).isBlank(), "widget/" + language + ".yaml: " + key + " is empty");
            }
        }
    }

    @Test
    void theScriptsEnglishFallbackIsEnYamlAndEveryKeyItUsesExists() throws IOException {
        String script = script();
        Matcher block = FALLBACK.matcher(script);
        assertTrue(block.find(), "no English fallback (var EN = {...};) in the script");
        Map<String, String> fallback = new LinkedHashMap<>();
        Matcher entry = ENTRY.matcher(block.group(1));
        while (entry.find()) {
            fallback.put(entry.group(1), unescape(entry.group(2)));
        }
        assertEquals(labels("en"), fallback);

        Set<String> used = new TreeSet<>();
        Matcher lookup = LOOKUP.matcher(script);
        while (lookup.find()) {
            used.add(lookup.group(1));
        }
        used.removeAll(fallback.keySet());
        assertEquals(Set.of(), used, "keys the script asks for that en.yaml lacks");
    }

    private static Map<String, String> labels(String language) {
        JsonNode root = ConfigTexts.read(ConfigTexts.CONFIG.resolve("widget").resolve(language + ".yaml"));
        Map<String, String> labels = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            assertTrue(e.getValue().isTextual(), "widget/" + language + ".yaml: " + e.getKey() + " is not a text");
            labels.put(e.getKey(), e.getValue().asText());
        });
        return labels;
    }

    private static List<String> placeholders(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String script() throws IOException {
        try (InputStream in = WidgetLabelsTest.class.getResourceAsStream("/web/widget/switchboard.js")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    /** The script's string escapes: {@code \\uXXXX}, {@code \\'} and {@code \\\\}. */
    private static String unescape(String js) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < js.length(); i++) {
            char c = js.charAt(i);
            if (c == '\\' && js.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(js.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\') {
                out.append(js.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
