package org.switchboard.faq.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

/**
 * Reads the native format, the same tree in YAML and JSON: a mapping with an optional file
 * {@code language} and {@code entries}, or a plain list of entries. Unknown keys are errors.
 * See {@link NativeSchema} for the keys.
 */
final class NativeReader implements FormatReader {
    private final NodeParser parser;

    private NativeReader(NodeParser parser) {
        this.parser = parser;
    }

    static NativeReader yaml() {
        return new NativeReader(NodeParser.yaml());
    }

    static NativeReader json() {
        return new NativeReader(NodeParser.json());
    }

    @Override
    public List<SourcedEntry> read(String source, String text, Language defaultLanguage) throws FaqFormatException {
        Node root = parser.parse(source, text, 0).orElseThrow(() -> new FaqFormatException(source, 0,
                "the file is empty; expected 'entries:' or a list of entries"));
        if (root instanceof Node.Sequence list) {
            return entries(source, list, defaultLanguage);
        }
        if (!(root instanceof Node.Mapping top)) {
            throw new FaqFormatException(source, root.line(), "expected a mapping with 'entries' or a list of entries, found "
                    + root.kind());
        }
        Fields fields = new Fields(source, "the file", top).rejectUnknown(NativeSchema.TOP_KEYS);
        Language fileLanguage = fields.language(NativeSchema.LANGUAGE).orElse(defaultLanguage);
        Node entries = top.fields().containsKey(NativeSchema.ENTRIES) ? top.fields().get(NativeSchema.ENTRIES).value() : null;
        if (!(entries instanceof Node.Sequence list)) {
            throw new FaqFormatException(source, fields.lineOf(NativeSchema.ENTRIES), "expected 'entries:' with a list of entries");
        }
        return entries(source, list, fileLanguage);
    }

    private static List<SourcedEntry> entries(String source, Node.Sequence list, Language language)
            throws FaqFormatException {
        List<SourcedEntry> entries = new ArrayList<>(list.items().size());
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            if (!(item instanceof Node.Mapping mapping)) {
                throw new FaqFormatException(source, item.line(), "entry #" + (i + 1)
                        + " must be a mapping with id, question and answer, found " + item.kind());
            }
            entries.add(new SourcedEntry(entry(source, i + 1, mapping, language), source, mapping.line()));
        }
        return entries;
    }

    private static FaqEntry entry(String source, int ordinal, Node.Mapping mapping, Language fileLanguage)
            throws FaqFormatException {
        String id = new Fields(source, "entry #" + ordinal, mapping).requiredText(NativeSchema.ID);
        Fields fields = new Fields(source, "entry '" + id + "'", mapping).rejectUnknown(NativeSchema.ENTRY_KEYS);
        Language language = fields.language(NativeSchema.LANGUAGE).orElse(fileLanguage);
        try {
            return new FaqEntry(id, language, fields.requiredText(NativeSchema.QUESTION),
                    fields.textList(NativeSchema.ALTERNATES),
                    AnswerLinks.sanitize(fields.requiredText(NativeSchema.ANSWER)),
                    fields.textList(NativeSchema.TAGS), fields.textList(NativeSchema.FOLLOW_UPS),
                    translations(source, id, language, fields));
        } catch (IllegalArgumentException e) {
            throw new FaqFormatException(source, fields.lineOf(NativeSchema.ID), e.getMessage(), e);
        }
    }

    private static Map<Language, FaqEntry.Translation> translations(String source, String id, Language own, Fields entry)
            throws FaqFormatException {
        Optional<Node.Mapping> given = entry.mapping(NativeSchema.TRANSLATIONS);
        Map<Language, FaqEntry.Translation> translations = new LinkedHashMap<>();
        if (given.isEmpty()) {
            return translations;
        }
        for (Node.Field field : given.get().fields().values()) {
            Language language = entry.language(field.key(), field.line());
            String context = "translation '" + field.key() + "' of entry '" + id + "'";
            if (language == own || translations.containsKey(language)) {
                throw entry.problem(field.line(), context + " repeats the language " + language.code());
            }
            if (!(field.value() instanceof Node.Mapping mapping)) {
                throw entry.problem(field.line(), context + " must be a mapping with question, alternates and answer");
            }
            Fields fields = new Fields(source, context, mapping).rejectUnknown(NativeSchema.TRANSLATION_KEYS);
            translations.put(language, new FaqEntry.Translation(fields.requiredText(NativeSchema.QUESTION),
                    fields.textList(NativeSchema.ALTERNATES), AnswerLinks.sanitize(fields.requiredText(NativeSchema.ANSWER))));
        }
        return translations;
    }
}
