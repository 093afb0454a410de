package org.switchboard.faq.io;

import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON value that remembers its line, so messages can point at it. Jackson's
 * own tree forgets locations, hence this small one.
 */
sealed interface Node permits Node.Scalar, Node.Sequence, Node.Mapping {

    /** The 1-based line the value starts on. */
    long line();

    /** What kind of value this is, for messages: "text", "list" or "mapping". */
    String kind();

    /**
     * A scalar: string, number or boolean, as written.
     *
     * @param text the text, or null for YAML/JSON null
     */
    record Scalar(String text, long line) implements Node {
        @Override
        public String kind() {
            return "text";
        }
    }

    /** A list of values. */
    record Sequence(List<Node> items, long line) implements Node {
        @Override
        public String kind() {
            return "list";
        }
    }

    /** Keys in document order with their values and the lines the keys are on. */
    record Mapping(Map<String, Field> fields, long line) implements Node {
        public Mapping {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }

        @Override
        public String kind() {
            return "mapping";
        }
    }

    /** One key of a mapping: its line and value. */
    record Field(String key, long line, Node value) {
    }
}
