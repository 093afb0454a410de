package org.switchboard.faq.io;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.switchboard.faq.FaqEntry;
import org.switchboard.faq.Language;

/**
 * Writes entries as CSV that {@link CsvReader} reads back unchanged: a header, then per entry its
 * first row (with language, tags and follow-ups), a row per alternate, and per translation a row
 * with the translated question and answer followed by a row per translated alternate. Lines end
 * with {@code \n}.
 */
final class CsvWriter {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

    private CsvWriter() {
    }

    /** Writes the entries; flushes but does not close {@code out}. */
    static void write(List<FaqEntry> entries, Writer out) throws IOException {
        for (FaqEntry entry : entries) {
            check(entry);
        }
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(CsvColumns.NAMES);
        for (FaqEntry entry : entries) {
            String language = entry.language().code();
            printer.printRecord(entry.id(), entry.question(), entry.answer(), language,
                    String.join(";", entry.tags()), String.join(";", entry.followUps()));
            writeAlternates(printer, entry.id(), entry.alternates(), language);
            for (Map.Entry<Language, FaqEntry.Translation> translation : entry.translations().entrySet()) {
                String code = translation.getKey().code();
                printer.printRecord(entry.id(), translation.getValue().question(), translation.getValue().answer(), code,
                        "", "");
                writeAlternates(printer, entry.id(), translation.getValue().alternates(), code);
            }
        }
        printer.flush();
    }

    private static void writeAlternates(CSVPrinter printer, String id, List<String> alternates, String language)
            throws IOException {
        for (String alternate : alternates) {
            printer.printRecord(id, alternate, "", language, "", "");
        }
    }

    /** Fails on values a CSV row cannot carry so that they would read back differently. */
    private static void check(FaqEntry entry) {
        for (String value : concat(entry.tags(), entry.followUps())) {
            if (value.contains(";") || !value.equals(value.strip()) || value.isEmpty()) {
                throw new IllegalArgumentException("entry '" + entry.id() + "': tag or follow-up '" + value
                        + "' cannot be written as CSV: it must be non-empty, without ';' or surrounding spaces");
            }
        }
        List<String> phrasings = concat(entry.alternates(), entry.translations().values().stream()
                .flatMap(t -> t.alternates().stream()).toList());
        for (String alternate : phrasings) {
            if (alternate.isBlank() || !alternate.equals(alternate.strip())) {
                throw new IllegalArgumentException("entry '" + entry.id() + "': alternate '" + alternate
                        + "' cannot be written as CSV: it must be non-empty, without surrounding spaces");
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
