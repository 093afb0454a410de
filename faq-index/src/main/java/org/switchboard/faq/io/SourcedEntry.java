package org.switchboard.faq.io;

import org.switchboard.faq.FaqEntry;

/**
 * An imported entry with the place it came from, so that corpus checks can name both places of
 * a duplicate.
 *
 * @param entry  the entry
 * @param source the file name
 * @param line   the 1-based line the entry starts on, or 0 when unknown
 */
record SourcedEntry(FaqEntry entry, String source, long line) {

    /** {@code file: line N}, or just the file when the line is unknown. */
    String place() {
        return source + (line > 0 ? ": line " + line : "");
    }
}
