package org.switchboard.faq.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

/**
 * Typed access to the keys of one YAML/JSON mapping, failing with messages that name the file,
 * the line, the key and what the mapping is (e.g. {@code entry 'opening-hours'}).
 */
final class Fields {
    private final String source;
    private final String context;
    private final Node.Mapping mapping;

    /**
     * @param context what the mapping is, for messages, e.g. {@code "entry 'opening-hours'"}
     */
    Fields(String source, String context, Node.Mapping mapping) {
        this.source = source;
        this.context = context;
        this.mapping = mapping;
    }

    /** Fails on the first key not in {@code known}, listing the known keys. */
    Fields rejectUnknown(List<String> known) throws FaqFormatException {
        Set<String> allowed = Set.copyOf(known);
        for (Node.Field field : mapping.fields().values()) {
            if (!allowed.contains(field.key())) {
                throw new FaqFormatException(source, field.line(), "unknown key '" + field.key() + "' in " + context
                        + "; expected one of: " + String.join(", ", known));
            }
        }
        return this;
    }

    /** The key's text, empty when the key is absent or null; blank text counts as given. */
    Optional<String> text(String key) throws FaqFormatException {
        Node.Field field = mapping.fields().get(key);
        if (field == null) {
            return Optional.empty();
        }
        if (!(field.value() instanceof Node.Scalar scalar)) {
            throw wrongKind(field, "text");
        }
        return Optional.ofNullable(scalar.text());
    }

    /** The key's non-blank text, stripped. */
    String requiredText(String key) throws FaqFormatException {
        String text = text(key).orElseThrow(() -> problem(lineOf(key), context + " has no '" + key + "'"));
        if (text.isBlank()) {
            throw problem(lineOf(key), context + ": '" + key + "' is empty");
        }
        return text.strip();
    }

    /** The key's list of non-blank texts, stripped; a single text counts as a list of one. */
    List<String> textList(String key) throws FaqFormatException {
        Node.Field field = mapping.fields().get(key);
        if (field == null || field.value() instanceof Node.Scalar scalar && scalar.text() == null) {
            return List.of();
        }
        List<Node> items = field.value() instanceof Node.Sequence sequence ? sequence.items() : List.of(field.value());
        List<String> texts = new ArrayList<>(items.size());
        for (Node item : items) {
            if (!(item instanceof Node.Scalar scalar) || scalar.text() == null || scalar.text().isBlank()) {
                throw problem(item.line(), context + ": '" + key + "' must be a list of non-empty text");
            }
            texts.add(scalar.text().strip());
        }
        return texts;
    }

    /** The key's mapping, if given. */
    Optional<Node.Mapping> mapping(String key) throws FaqFormatException {
        Node.Field field = mapping.fields().get(key);
        if (field == null || field.value() instanceof Node.Scalar scalar && scalar.text() == null) {
            return Optional.empty();
        }
        if (!(field.value() instanceof Node.Mapping nested)) {
            throw wrongKind(field, "a mapping");
        }
        return Optional.of(nested);
    }

    /** The key's language, if given; fails listing the supported codes. */
    Optional<Language> language(String key) throws FaqFormatException {
        Optional<String> code = text(key);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(language(code.get(), lineOf(key)));
    }

    /** A language by code, failing with the line and the supported codes. */
    Language language(String code, long line) throws FaqFormatException {
        return Language.find(code).orElseThrow(() -> problem(line, context + ": unsupported language '" + code
                + "'; supported: " + Language.supportedCodes()));
    }

    /** The line of a key, or of the mapping when the key is absent. */
    long lineOf(String key) {
        Node.Field field = mapping.fields().get(key);
        return field == null ? mapping.line() : field.line();
    }

    FaqFormatException problem(long line, String reason) {
        return new FaqFormatException(source, line, reason);
    }

    private FaqFormatException wrongKind(Node.Field field, String expected) {
        return problem(field.line(), context + ": '" + field.key() + "' must be " + expected
                + ", found " + field.value().kind());
    }
}
