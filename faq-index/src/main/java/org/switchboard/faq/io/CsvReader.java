package org.switchboard.faq.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.switchboard.faq.FaqFormatException;
import org.switchboard.faq.Language;

/**
 * Reads CSV (RFC 4180: comma separated, {@code "} quotes, {@code ""} for a quote inside quotes)
 * with the columns of {@link CsvColumns}; rows sharing an id are assembled by
 * {@link CsvEntryDraft}. Blank rows are skipped. Messages name the physical line a row starts on.
 */
final class CsvReader implements FormatReader {
    private static final Pattern LIBRARY_LINE = Pattern.compile("\\(startline (\\d+)\\)|at line: (\\d+)");

    @Override
    public List<SourcedEntry> read(String source, String text, Language defaultLanguage) throws FaqFormatException {
        Map<String, CsvEntryDraft> drafts = new LinkedHashMap<>();
        LineIndex lines = new LineIndex(text);
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT)) {
            Iterator<CSVRecord> records = parser.iterator();
            CsvColumns columns = null;
            while (hasNext(records, source)) {
                CSVRecord record = records.next();
                long line = lines.firstContentLine(record.getCharacterPosition());
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (columns == null) {
                    columns = CsvColumns.ofHeader(record, source, line);
                    if (columns != null) {
                        continue;
                    }
                    columns = CsvColumns.positional();
                }
                add(drafts, columns.row(record, source, line), source, defaultLanguage);
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
        List<SourcedEntry> entries = new ArrayList<>(drafts.size());
        for (CsvEntryDraft draft : drafts.values()) {
            entries.add(draft.build());
        }
        return entries;
    }

    private static void add(Map<String, CsvEntryDraft> drafts, CsvRow row, String source, Language defaultLanguage)
            throws FaqFormatException {
        if (row.id().isEmpty()) {
            throw new FaqFormatException(source, row.line(), "id is empty");
        }
        Language language = row.language().isEmpty() ? defaultLanguage : Language.find(row.language())
                .orElseThrow(() -> new FaqFormatException(source, row.line(), "id '" + row.id()
                        + "': unsupported language '" + row.language() + "'; supported: " + Language.supportedCodes()));
        CsvEntryDraft draft = drafts.get(row.id());
        if (draft == null) {
            drafts.put(row.id(), new CsvEntryDraft(source, row, language));
        } else {
            draft.add(row, language);
        }
    }

    private static boolean hasNext(Iterator<CSVRecord> records, String source) throws FaqFormatException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            String message = String.valueOf(e.getCause().getMessage());
            Matcher at = LIBRARY_LINE.matcher(message);
            long line = at.find() ? Long.parseLong(at.group(1) != null ? at.group(1) : at.group(2)) : 0;
            String reason = LIBRARY_LINE.matcher(message).replaceAll("").replaceAll(",? position: \\d+", "").strip();
            throw new FaqFormatException(source, line, "bad CSV quoting: " + reason
                    + " (a field with a quote must be quoted, its quotes doubled: \"say \"\"hi\"\"\")", e);
        }
    }
}
