package org.switchboard.faq;

/**
 * A FAQ file could not be read: the message names the file, the line or record where known, and
 * the reason, e.g. {@code faq.csv: line 7: column 'answer' is empty}. Nothing is imported when
 * this is thrown.
 */
public class FaqFormatException extends Exception {
    private final String source;
    private final long line;

    /**
     * @param source the file name (or "stdin")
     * @param line   the 1-based line number, or 0 when unknown
     * @param reason what is wrong
     */
    public FaqFormatException(String source, long line, String reason) {
        this(source, line, reason, null);
    }

    public FaqFormatException(String source, long line, String reason, Throwable cause) {
        super(source + (line > 0 ? ": line " + line : "") + ": " + reason, cause);
        this.source = source;
        this.line = line;
    }

    /** The file name the problem is in. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when unknown. */
    public long line() {
        return line;
    }
}
