package org.switchboard.faq.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/**
 * Writes the native format as YAML or JSON: {@code entries:} with every entry's language given,
 * empty lists left out. Multi-line YAML text is written as literal blocks ({@code |-}) and quotes
 * are used only where YAML needs them, so files stay easy to edit by hand.
 */
final class NativeWriter {
    private final JsonFactory factory;

    private NativeWriter(JsonFactory factory) {
        this.factory = factory;
    }

    static NativeWriter yaml() {
        return new NativeWriter(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build());
    }

    static NativeWriter json() {
        return new NativeWriter(new JsonFactory());
    }

    /** Writes the entries; flushes but does not close {@code out}. */
    void write(List<FaqEntry> entries, Writer out) throws IOException {
        try (JsonGenerator generator = factory.createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.useDefaultPrettyPrinter();
            generator.writeStartObject();
            generator.writeArrayFieldStart(NativeSchema.ENTRIES);
            for (FaqEntry entry : entries) {
                writeEntry(generator, entry);
            }
            generator.writeEndArray();
            generator.writeEndObject();
        }
        out.flush();
    }

    private static void writeEntry(JsonGenerator out, FaqEntry entry) throws IOException {
        out.writeStartObject();
        out.writeStringField(NativeSchema.ID, entry.id());
        out.writeStringField(NativeSchema.LANGUAGE, entry.language().code());
        out.writeStringField(NativeSchema.QUESTION, entry.question());
        writeList(out, NativeSchema.ALTERNATES, entry.alternates());
        out.writeStringField(NativeSchema.ANSWER, entry.answer());
        writeList(out, NativeSchema.TAGS, entry.tags());
        writeList(out, NativeSchema.FOLLOW_UPS, entry.followUps());
        if (!entry.translations().isEmpty()) {
            out.writeObjectFieldStart(NativeSchema.TRANSLATIONS);
            for (Map.Entry<Language, FaqEntry.Translation> translation : entry.translations().entrySet()) {
                out.writeObjectFieldStart(translation.getKey().code());
                out.writeStringField(NativeSchema.QUESTION, translation.getValue().question());
                writeList(out, NativeSchema.ALTERNATES, translation.getValue().alternates());
                out.writeStringField(NativeSchema.ANSWER, translation.getValue().answer());
                out.writeEndObject();
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    private static void writeList(JsonGenerator out, String key, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart(key);
        for (String value : values) {
            out.writeString(value);
        }
        out.writeEndArray();
    }
}
