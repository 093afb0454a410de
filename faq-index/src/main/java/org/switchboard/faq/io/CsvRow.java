package org.switchboard.faq.io;

import java.util.Arrays;
import java.util.List;

/**
 * One CSV record's cells by field, "" for an empty or absent cell.
 *
 * @param line the physical line the record starts on
 */
record CsvRow(long line, String id, String question, String answer, String language, String tags, String followUps) {

    /** The tags cell split on {@code ;}, stripped, empties dropped. */
    List<String> tagList() {
        return split(tags);
    }

    /** The follow-ups cell split on {@code ;}, stripped, empties dropped. */
    List<String> followUpList() {
        return split(followUps);
    }

    private static List<String> split(String cell) {
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
