package org.switchboard.faq.io;

import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;
import org.switchboard.faq.FaqFormatException;

/**
 * Which CSV column holds which field. Without a header the columns are, in order,
 * {@code id,question,answer,language,tags,follow_ups}, the last three optional. A first record
 * holding the cells {@code id}, {@code question} and {@code answer} (any case, any order) is a
 * header, and its cells say which column is which; the optional columns may then be left out.
 */
final class CsvColumns {
    static final List<String> NAMES = List.of("id", "question", "answer", "language", "tags", "follow_ups");
    private static final int REQUIRED = 3;

    private final int[] positions;
    private final String layout;

    private CsvColumns(int[] positions, String layout) {
        this.positions = positions;
        this.layout = layout;
    }

    /** The header's columns if {@code first} is a header, else null: the positional layout applies. */
    static CsvColumns ofHeader(CSVRecord first, String source, long line) throws FaqFormatException {
        List<String> names = first.stream().map(cell -> cell.strip().toLowerCase(Locale.ROOT)).toList();
        if (!names.containsAll(NAMES.subList(0, REQUIRED))) {
            return null;
        }
        int[] positions = {-1, -1, -1, -1, -1, -1};
        for (int i = 0; i < names.size(); i++) {
            int field = NAMES.indexOf(names.get(i));
            if (field < 0 && !names.get(i).isEmpty()) {
                throw new FaqFormatException(source, line, "unknown column '" + first.get(i)
                        + "' in the header; columns are " + String.join(",", NAMES));
            }
            if (field >= 0 && positions[field] >= 0) {
                throw new FaqFormatException(source, line, "column '" + names.get(i) + "' appears twice in the header");
            }
            if (field >= 0) {
                positions[field] = i;
            }
        }
        return new CsvColumns(positions, "the header");
    }

    /** The layout for a file without header. */
    static CsvColumns positional() {
        return new CsvColumns(new int[] {0, 1, 2, 3, 4, 5}, String.join(",", NAMES));
    }

    /** The record's cells by field, "" where absent; fails on too few or too many cells. */
    CsvRow row(CSVRecord record, String source, long line) throws FaqFormatException {
        if (record.size() < REQUIRED) {
            throw new FaqFormatException(source, line, "expected at least 3 columns (id,question,answer), found "
                    + record.size());
        }
        int used = 0;
        for (int position : positions) {
            used = Math.max(used, position + 1);
        }
        for (int i = used; i < record.size(); i++) {
            if (!record.get(i).isBlank()) {
                throw new FaqFormatException(source, line, "too many columns: found " + record.size()
                        + ", expected at most " + used + " (" + layout + ")");
            }
        }
        String[] cells = new String[NAMES.size()];
        for (int field = 0; field < cells.length; field++) {
            int position = positions[field];
            cells[field] = position >= 0 && position < record.size() ? record.get(position) : "";
        }
        return new CsvRow(line, cells[0].strip(), cells[1], cells[2], cells[3].strip(), cells[4], cells[5]);
    }

}
