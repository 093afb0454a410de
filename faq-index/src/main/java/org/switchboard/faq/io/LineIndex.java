package org.switchboard.faq.io;

import java.util.Arrays;

/** Turns character offsets in a text into 1-based line numbers. */
final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    LineIndex(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The line of the character at {@code offset}. */
    long lineOf(long offset) {
        int found = Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
        return (found >= 0 ? found : -found - 2) + 1;
    }

    /** The line of the first character at or after {@code offset} that is not a line break. */
    long firstContentLine(long offset) {
        int at = (int) offset;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        return lineOf(at);
    }
}
