package org.switchboard.faq.plain;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.switchboard.faq.Language;

/**
 * Reads a jargon list file, {@code config/faq/jargon/<lang>.yaml}:
 *
 * <pre>
 * terms:
 *   - term: authenticate        # a word or phrase, matched folded, as whole words
 *     suggestion: sign in       # what to write instead
 * </pre>
 *
 * Nothing else is allowed. Every mistake is reported as {@code file:line: terms[i] ('term'): what}
 * so an operator finds it at once; a missing file is an empty list.
 */
public final class JargonLists {
    private static final YAMLFactory YAML = new YAMLFactory();

    private JargonLists() {
    }

    /** The file of a language's default list under a configuration directory. */
    public static Path file(Path configDir, Language language) {
        return configDir.resolve("faq").resolve("jargon").resolve(language.code() + ".yaml");
    }

    /** Reads the list of a language from its file; a file that does not exist is an empty list. */
    public static JargonList load(Path file, Language language) throws IOException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            return JargonList.empty(language);
        }
        return parse(file.toString(), text, language);
    }

    /** Reads a list from YAML text; {@code source} names it in messages. */
    public static JargonList parse(String source, String text, Language language) {
        List<JargonTerm> terms = new ArrayList<>();
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return JargonList.empty(language);
            }
            expect(p, first == JsonToken.START_OBJECT, source, "the file must be a mapping with the key 'terms'");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                expect(p, key.equals("terms"), source, "unknown key '" + key + "' (known: terms)");
                JsonToken list = p.nextToken();
                if (list == JsonToken.VALUE_NULL) {
                    continue;
                }
                expect(p, list == JsonToken.START_ARRAY, source, "'terms' must be a list");
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    terms.add(term(p, source, terms.size(), language));
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new IllegalArgumentException(source + (at == null ? "" : ":" + at.getLineNr()) + ": not valid YAML: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": cannot read: " + e.getMessage(), e);
        }
        try {
            return new JargonList(language, terms);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }

    private static JargonTerm term(JsonParser p, String source, int index, Language language) throws IOException {
        int line = p.currentLocation().getLineNr();
        String where = "terms[" + index + "]";
        expect(p, p.currentToken() == JsonToken.START_OBJECT, source, where + ": must be a mapping with 'term' and 'suggestion'");
        String term = null;
        String suggestion = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            String label = where + (term == null ? "" : " ('" + term + "')");
            expect(p, key.equals("term") || key.equals("suggestion"), source, label + ": unknown key '" + key + "' (known: term, suggestion)");
            expect(p, value == JsonToken.VALUE_STRING, source, label + ": " + key + " must be text");
            if (key.equals("term")) {
                term = p.getText();
            } else {
                suggestion = p.getText();
            }
        }
        String label = source + ":" + line + ": " + where + (term == null ? "" : " ('" + term + "')");
        if (term == null || term.isBlank()) {
            throw new IllegalArgumentException(label + ": term is missing");
        }
        if (suggestion == null || suggestion.isBlank()) {
            throw new IllegalArgumentException(label + ": suggestion is missing");
        }
        if (Folding.words(term, language).isEmpty()) {
            throw new IllegalArgumentException(label + ": term has no word in it");
        }
        return new JargonTerm(term, suggestion);
    }

    private static void expect(JsonParser p, boolean ok, String source, String message) {
        if (!ok) {
            throw new IllegalArgumentException(source + ":" + p.currentLocation().getLineNr() + ": " + message);
        }
    }
}
