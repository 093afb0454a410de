package org.switchboard.faq.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.faq.FaqFormatException;

/**
 * Parses YAML or JSON with Jackson's streaming parser into a {@link Node} tree that keeps lines.
 * Repeated keys in a mapping are an error. Immutable and thread-safe.
 */
final class NodeParser {
    private static final NodeParser YAML = new NodeParser(new YAMLFactory(), "YAML");
    private static final NodeParser JSON = new NodeParser(new JsonFactory(), "JSON");

    private final JsonFactory factory;
    private final String formatName;

    private NodeParser(JsonFactory factory, String formatName) {
        this.factory = factory;
        this.formatName = formatName;
    }

    static NodeParser yaml() {
        return YAML;
    }

    static NodeParser json() {
        return JSON;
    }

    /**
     * The document's root, or empty for a document with no content.
     *
     * @param lineOffset added to every line, for YAML embedded in another file
     */
    Optional<Node> parse(String source, String text, long lineOffset) throws FaqFormatException {
        try (JsonParser parser = factory.createParser(text)) {
            if (parser.nextToken() == null) {
                return Optional.empty();
            }
            Node root = new Walker(source, parser, lineOffset).value();
            if (parser.nextToken() != null) {
                throw new FaqFormatException(source, lineOffset + line(parser.currentTokenLocation()),
                        "unexpected content after the end of the " + formatName + " document");
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            String reason = summary(e.getOriginalMessage());
            if (reason.endsWith("but got ?")) {
                reason += " (inside [a, b] or {k: v}, quote text that contains '?': [\"When are you open?\", b],"
                        + " or use the block style with one '- item' or 'key: value' per line)";
            }
            throw new FaqFormatException(source, lineOffset + line(e.getLocation()),
                    "not valid " + formatName + ": " + reason, e);
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    private static long line(JsonLocation location) {
        return location == null ? 0 : Math.max(0, location.getLineNr());
    }

    /** The parser's message without SnakeYAML's source excerpts and "in 'reader', line …" marks. */
    private static String summary(String message) {
        List<String> parts = new ArrayList<>();
        for (String line : String.valueOf(message).split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("in '")) {
                parts.add(line.strip());
            }
        }
        return String.join(": ", parts);
    }

    /** Walks the token stream of one document, the parser positioned on a value's first token. */
    private static final class Walker {
        private final String source;
        private final JsonParser parser;
        private final long lineOffset;

        Walker(String source, JsonParser parser, long lineOffset) {
            this.source = source;
            this.parser = parser;
            this.lineOffset = lineOffset;
        }

        Node value() throws IOException, FaqFormatException {
            long line = lineOffset + line(parser.currentTokenLocation());
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                return mapping(line);
            }
            if (token == JsonToken.START_ARRAY) {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value());
                }
                return new Node.Sequence(List.copyOf(items), line);
            }
            return new Node.Scalar(token == JsonToken.VALUE_NULL ? null : parser.getText(), line);
        }

        private Node mapping(long line) throws IOException, FaqFormatException {
            Map<String, Node.Field> fields = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                long keyLine = lineOffset + line(parser.currentTokenLocation());
                parser.nextToken();
                Node.Field field = new Node.Field(key, keyLine, value());
                Node.Field earlier = fields.putIfAbsent(key, field);
                if (earlier != null) {
                    throw new FaqFormatException(source, keyLine,
                            "key '" + key + "' repeats; first given on line " + earlier.line());
                }
            }
            return new Node.Mapping(fields, line);
        }
    }
}
